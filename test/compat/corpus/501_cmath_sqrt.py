import cmath
# square roots of negative readings, as a signal-processing script takes them
for value in [-4, -2, 9, 2.25, -1e-6]:
    print value, cmath.sqrt(value)
print repr(cmath.sqrt(1 + 2j)), repr(cmath.sqrt(-0.5 + 0.25j)), repr(cmath.sqrt(0.5j))
