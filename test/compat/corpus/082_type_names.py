# type() of values users meet.
class Old: pass
class New(object): pass
for v in [1, 2 ** 40, 1.0, "s", u"u", [], (), {}, set(), None, True, Old(), New(), Old, New, len, xrange(1), 1j]:
    print "%-22s %s" % (type(v).__name__, type(v))
print type(system.perspective.getSessionInfo()[0]).__name__
print type(Old).__name__, type(Old()).__name__
