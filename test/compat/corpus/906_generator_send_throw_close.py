# Generator methods: send, throw and close, with Python 2 semantics.
def numbers():
    yield 1
    print "tail runs once"

g = numbers()
print g.next()
for attempt in range(2):
    try:
        g.next()
    except StopIteration:
        print "StopIteration", attempt
try:
    g.send(5)
except StopIteration:
    print "send on a finished generator: StopIteration"

try:
    numbers().send("x")
except TypeError, e:
    print "TypeError:", e

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print acc.next(), acc.send(10), acc.send(5)
try:
    acc.send(None)
except StopIteration:
    print "accumulator done"

def session_ids():
    try:
        for s in system.perspective.getSessionInfo():
            yield s["id"]
    finally:
        print "cleanup"
ids = session_ids()
print ids.next(), ids.next()
print ids.close()
print ids.close()
try:
    ids.next()
except StopIteration:
    print "closed generator: StopIteration"
print session_ids().close()

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
s.next()
try:
    s.close()
except RuntimeError, e:
    print "RuntimeError:", e

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = ignores_exit()
s.next()
try:
    s.close()
except RuntimeError, e:
    print "RuntimeError:", e

def exits_quietly():
    try:
        yield 1
    except GeneratorExit:
        print "got GeneratorExit"
        raise StopIteration
s = exits_quietly()
s.next()
print s.close()

def catcher():
    try:
        yield "start"
    except ValueError, e:
        print "caught", repr(e)
        yield "after"
    yield "end"

for args in [(ValueError,), (ValueError, "msg"), (ValueError("inst"),), (ValueError, ("a", "b")), (ValueError, ValueError("same"))]:
    c = catcher()
    c.next()
    print c.throw(*args), c.next()

c = catcher()
c.next()
for bad in [(ValueError("x"), "y"), ("str",), (ValueError, None, "tb")]:
    try:
        c.throw(*bad)
    except TypeError, e:
        print "TypeError:", e

c = catcher()
try:
    c.throw(KeyError, "not started")
except KeyError, e:
    print "unstarted:", repr(e)
try:
    c.next()
except StopIteration:
    print "then finished"

c = catcher()
c.next()
try:
    c.throw(KeyError("passes through"))
except KeyError, e:
    print "propagated:", repr(e)
try:
    c.throw(KeyError("again"))
except KeyError, e:
    print "finished:", repr(e)

c = catcher()
c.next()
c.throw(ValueError)
try:
    c.throw(ValueError, "second")
except ValueError, e:
    print "second throw propagates:", e

def last():
    try:
        yield 1
    except ValueError:
        pass
l = last()
l.next()
try:
    l.throw(ValueError)
except StopIteration:
    print "throw that ends the generator: StopIteration"

gen = (s["id"] for s in system.perspective.getSessionInfo())
print gen.next()
try:
    gen.throw(IndexError, "in genexpr")
except IndexError, e:
    print "genexpr:", e
print gen.close(), list(gen)
print issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException)
