# repr of builtin values.
print repr("abc"), repr(u"abc"), repr('it\'s'), repr("tab\there"), repr("nl\n"), repr("\x00\xff")
print repr(u"\u20ac"), repr(u"\xe9"), repr(u"\U0001F600"[:1]) != "", repr("\\")
print repr(1), repr(1L), repr(1.5), repr(None), repr(True), repr([]), repr(())
print repr((1,)), repr([1, (2, 3)]), repr({}), repr({"a": 1}), repr(set()), repr(set([1]))
print repr(frozenset()), repr(xrange(0)), repr(slice(1, 2)), repr(Ellipsis)
print repr(type(1)), repr(type("")), repr(type(u"")), repr(type(None)), repr(type([]))
print repr(int), repr(object), repr(len), repr(3j), repr(complex(1, -2))
print str(None), str([u"a"]), str((u"a", "b")), "%s" % [u"x"], "%r" % u"x"
