# Common exception messages, caught and printed.
def show(f):
    try:
        f()
    except Exception, e:
        print "%s: %s" % (type(e).__name__, e)
s = system.perspective.getSessionInfo()[0]
show(lambda: s["nope"])
show(lambda: s.nope)
show(lambda: {"a": 1}["b"])
show(lambda: {u"a": 1}[u"b"])
show(lambda: [1, 2][5])
show(lambda: (1, 2)[5])
show(lambda: "ab"[9])
show(lambda: int("12a"))
show(lambda: float("x"))
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: len(5))
show(lambda: undefined_thing)
show(lambda: None.attr)
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: "x".foo())
show(lambda: 1 / 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
