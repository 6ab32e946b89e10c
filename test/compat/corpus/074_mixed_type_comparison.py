# Python 2 compares anything with anything.
print 1 < "a", None < 0, [] < "", () > [], {} < []
print sorted([3, "a", None, 2.5, [1], (1,), u"b", 10L])
print max(1, "1"), min(None, -1000)
print "10" > 9, 0 == 0.0 == 0L, 1 == u"1"
