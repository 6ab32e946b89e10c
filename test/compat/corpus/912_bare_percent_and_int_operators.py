# Bare % templates (%d, %i and %s with no flags, width or key) and the int operators + - * and their
# augmented forms: the fast paths must give what the general paths give, types and errors included.
print "k%d" % 5, "%i|%d" % (3, -4), "%s%s" % ("a", "b"), "[%s]" % ("x",), "%d" % True, "%s" % 3, "%s" % None
print repr("%s" % u"\u00e9"), repr(u"%s" % "x"), repr("%s" % "x"), "%s" % {"a": 1}, "%s" % [1, 2]
print "%d" % 2**40, type("%d" % 2**40).__name__, "%d" % 5L, "%s" % 5L, "%d" % 3.7, "%s" % 2.5
class S(str):
    pass
class T(str):
    def __mod__(self, other):
        return "T.__mod__"
print S("s%d") % 1, T("t%d") % 1
for template, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "x"), ("%s %s", "ab"), ("abc", 5), ("abc", ()), ("%s", ())]:
    try:
        print repr(template % args)
    except TypeError, e:
        print "TypeError", e
x = 2147483647
x += 1
y = -2147483648
y -= 1
z = 65536
z *= 65536
w = 46340
w *= 46340
print x, type(x).__name__, y, type(y).__name__, z, type(z).__name__, w, type(w).__name__
print -5 * 0, repr(-5 * 0), 0 * -5, 3 - 3, -0 + 0, 7 * -3, -7 - -3, True * 5, type(True * 5).__name__, False - True
n = 0
for i in xrange(2000):
    n += i * 3 - 1
print n, type(n).__name__, 1000000 * 3000, type(1000000 * 3000).__name__, 1 + 2.5, 2 * "ab", [0] * 3
for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-4, 2), (2147483647, -1), (-2147483648, -1), (5, 0), (-2147483648, 7)]:
    try:
        q = (x / y, x // y, x % y)
        a = x
        a /= y
        b = x
        b %= y
        print x, y, q, [type(v).__name__ for v in q], a, b, float(x % y), float(x // y)
    except ZeroDivisionError, e:
        print x, y, "ZeroDivisionError", e
print float(-5 * 0), float(0 * -5), float(-4 % 2), float(-0), repr(-0), float(-(0)), 10 % 3.5, 7.0 // 2
