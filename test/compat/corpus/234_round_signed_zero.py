# round() keeps the sign of a tiny negative value but not of a value that decimal rounding takes to zero.
cases = [(-1e-9, 3), (-1e-9, 0), (-0.4, 0), (-0.0004, 3), (-0.00049, 3), (-0.0, 0), (-0.04, 1),
         (-1e-9, 1), (-0.49, 0), (-0.0004, 2), (-4e-5, -1), (-4.0, -1), (1e-9, 3), (-2.5, 0), (-0.5, 0), (-123.456, -2)]
for x, n in cases:
    print repr(x), n, repr(round(x, n))
print round(-0.4), round(-1e-9), round(-0.0)
print '%.3f|%s' % (round(-1e-9, 3), round(-1e-9, 3))
