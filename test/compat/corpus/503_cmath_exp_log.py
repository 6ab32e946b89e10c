import cmath
for z in [1 + 2j, -0.5 + 0.25j, 2, 0.5j, -3]:
    print repr(cmath.exp(z)), repr(cmath.log(z))
print cmath.log(8, 2), cmath.log(100, 10), repr(cmath.log(0.5))
try:
    cmath.log(0)
except ValueError, e:
    print 'ValueError', e
