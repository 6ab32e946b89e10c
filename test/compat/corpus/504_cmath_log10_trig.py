import cmath
for z in [1 + 2j, -0.5 + 0.25j, 2, 0.5j, -3]:
    print repr(cmath.log10(z)), repr(cmath.sin(z)), repr(cmath.cos(z))
