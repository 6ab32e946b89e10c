import cmath
for value in [4, 4L, 4.0, 4 + 0j, True]:
    print type(value).__name__, cmath.sqrt(value), type(cmath.sqrt(value)).__name__
print type(cmath.phase(1j)).__name__, type(cmath.polar(1j)).__name__, cmath.polar(-2)
