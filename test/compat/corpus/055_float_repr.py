# Float repr and str.
print 0.1, repr(0.1)
print 0.1 + 0.2, repr(0.1 + 0.2)
print 1.0, repr(1.0), 1e16, repr(1e16), 1e-5, 123456789.123456789
print 1 / 3.0, repr(1 / 3.0), str(2.0 / 3)
print 1e22, 1.5e300 * 1.5e300, -1e400
print float("nan") != float("nan")
print [0.1, 0.25, 1 / 3.0]
print 100.0, 1e15, 1e17, 12345678901.0
print 3.14159265358979, repr(3.14159265358979)
print float(7), float("2.50"), -0.0
print 2.5e-7, 0.000123
