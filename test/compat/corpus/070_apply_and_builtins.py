# apply, callable, getattr family, isinstance with tuples.
def fmt(user, project="?", scope="?"):
    return "%s/%s/%s" % (user, project, scope)
print apply(fmt, ("billy",))
print apply(fmt, ("billy", "MyProject"), {"scope": "ios"})
print callable(fmt), callable(3), callable(str)
s = system.perspective.getSessionInfo()[0]
print getattr(s, "username"), getattr(s, "nope", "dflt"), hasattr(s, "project"), hasattr(s, "nope")
print isinstance(3, (int, long)), isinstance(3L, (int, long)), isinstance(u"x", basestring), isinstance("x", basestring)
print abs(-3), divmod(9, 4), max([3, 1, 2]), min("hello"), sum([1.5, 2.5])
print sorted("hello"), list(reversed([1, 2, 3])), enumerate("ab").next()
print chr(97), ord("a"), bin(10), hex(-1), oct(0)
print bool([]), bool([0]), int(True) + True, True + 1.5
