# complex numbers in a report: repr, str and %s
readings = [complex(1.5, -2), complex(0, 3), complex(2, 0), complex(0.1 + 0.2, 1), 1j * 2]
for z in readings:
    print repr(z), str(z), '%s' % z
print [complex(1e16, 1), complex(1e15, 2.5)]
print str(complex(123456789012.0, 1)), repr(complex(-0.0, 1)), complex(0, -0.0)
