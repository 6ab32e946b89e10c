import cmath
# an AC circuit report: values printed rounded, as reports do
for name, z in [('R', 50 + 0j), ('L', 0 + 31.4j), ('C', 0 - 159.2j), ('RLC', 50 - 127.8j)]:
    mag, ang = cmath.polar(z)
    print '%-4s |Z|=%8.3f angle=%7.3f deg' % (name, mag, ang * 180 / cmath.pi)
for f in (cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh, cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
    w = f(0.3 + 0.4j)
    print f.__name__, '%.9f %.9f' % (w.real, w.imag)
