import cmath, math
# impedance as magnitude and phase, and back
z = complex(3, 4)
r, phi = cmath.polar(z)
print r, round(phi, 10), repr(phi)
print cmath.phase(-1), cmath.phase(1j), cmath.phase(complex(-1, -0.0))
back = cmath.rect(r, phi)
print '%.6f %.6f' % (back.real, back.imag)
print cmath.rect(2, math.pi / 4), cmath.rect(1, 0), abs(cmath.rect(5, 1.2))
