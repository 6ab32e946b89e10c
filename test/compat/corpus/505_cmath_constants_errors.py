import cmath
print cmath.pi, cmath.e, repr(cmath.pi), repr(cmath.e)
print cmath.isnan(complex(float('nan'), 0)), cmath.isnan(1 + 1j), cmath.isinf(complex(float('inf'), 1)), cmath.isinf(3)
try:
    cmath.sqrt('x')
except TypeError, e:
    print 'TypeError', e
class Volts(object):
    def __init__(self, v): self.v = v
    def __complex__(self): return complex(self.v, 0)
print cmath.sqrt(Volts(-16)), cmath.exp(0)
print cmath.acos(2), cmath.asin(2), cmath.asin(-3), cmath.atanh(2)
