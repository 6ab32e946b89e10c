# range returns a list, xrange is lazy.
print range(5), type(range(5)).__name__
x = xrange(5)
print type(x).__name__, list(x), len(x), x[2]
print repr(xrange(3)), repr(xrange(1, 10, 2))
print range(10, 0, -3), list(xrange(10, 0, -3))
print sum(xrange(1, 101)), 7 in xrange(10)
total = 0
for i in xrange(len(system.perspective.getSessionInfo())):
    total += i
print total
print range(0), range(-3), range(2, 2)
