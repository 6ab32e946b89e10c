# try/except/finally and with around yields: the handlers still apply after the generator resumes.
def parse(values):
    for v in values:
        try:
            yield int(v)
            print "after yield", v
            if v == "3":
                raise ValueError("three")
        except ValueError, e:
            print "skipped", v, "-", e
            yield -1
        finally:
            print "done with", v
print list(parse(["1", "x", "3", "4"]))

class Resource(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print "open", self.name
        return self
    def __exit__(self, kind, value, tb):
        print "close", self.name, kind is not None
        return False

def rows(name):
    with Resource(name) as r:
        for s in system.perspective.getSessionInfo("billy"):
            yield r.name, s["id"]
print list(rows("billy-sessions"))

def failing():
    with Resource("f"):
        yield 1
        raise ValueError("inside with")
try:
    for x in failing():
        print x
except ValueError, e:
    print "caught", e

def finally_after_error():
    try:
        yield 1
        raise ValueError("v")
    finally:
        print "fin"
        yield 2
try:
    for x in finally_after_error():
        print x
except ValueError, e:
    print "ValueError", e

def counting():
    n = 0
    while True:
        try:
            n += 1
            if n == 2:
                continue
            if n == 4:
                break
            yield n
        finally:
            print "loop finally", n
print list(counting())
