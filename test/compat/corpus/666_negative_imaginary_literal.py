# A minus sign before an imaginary literal is part of the literal: -3j has a real part of +0.0.
print -3j, repr(-3j), -0j, -2.5j, -1e300j
print (-3j).real, (-3j).imag, -(1+2j)
x = 3j
print -x, (-x).real
points = [1 - 2j, -4j, 2 + -1j]
print points, [abs(p) for p in points]
print complex('-3j'), -3j == complex(0, -3)
