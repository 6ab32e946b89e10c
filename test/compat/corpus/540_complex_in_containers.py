z = [complex(1, 1), complex(0, 2), complex(-1, 0), complex(0, -1.5)]
print z
print sorted(z, key=abs)
print dict(first=z[0])['first'], (z[1],), set([z[2]]) == set([complex(-1, 0)])
print '%r | %s' % (z[3], z[3]), str(z[3]), [str(x) for x in z]
print repr(complex(1e-5, 1e-7)), complex(float('inf'), float('nan'))
