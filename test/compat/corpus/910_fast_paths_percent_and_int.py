# The same % template reused with different arguments, and int arithmetic at the 32-bit edges
# (the fast paths for plain ints and for parsed templates must give what the general paths give).
for args in [(1,), (-5,), (2**40,), (3.9,), (True,)]:
    print "%d|%5d|%-5d|%05d" % (args * 4)
for bad in [("x",), ()]:
    try:
        print "%d %" % bad
    except (TypeError, ValueError), e:
        print type(e).__name__, e
try:
    print "ok %" % ()
except ValueError, e:
    print "ValueError", e
print "%s and %s" % ("a", u"b"), repr("%s and %s" % ("a", u"b"))
for x, y in [(2147483647, 1), (-2147483648, -1), (2147483647, 0), (65536, 65536), (-7, 2), (7, -2)]:
    r = [x + y, x - y, x * y, x & y, x | y, x ^ y]
    print r, [type(v).__name__ for v in r]
    if y:
        print x // y, x % y, divmod(x, y), type(x // y).__name__
    else:
        try:
            print x // y
        except ZeroDivisionError, e:
            print "ZeroDivisionError", e
print 2 ** 31, type(2 ** 31).__name__, 2 ** 30, type(2 ** 30).__name__, pow(3, 4, 5), type(pow(3, 4, 5)).__name__
print 5L + 1, type(5L + 1).__name__, True + True, type(True + True).__name__
class I(int):
    pass
print type(I(3) + 1).__name__, I(3) + 1
