# Integers and floats compare exactly, not after converting the integer to a float.
big = 2 ** 53
print big + 1 == float(big), big + 1 > float(big), float(big) < big + 1, float(big) == big
print cmp(big + 1, float(big)), cmp(float(big), big + 1), max(big + 1, float(big))
print 10 ** 20 == 1e20, 10 ** 20 < 1e20, 10 ** 22 == 1e22, 3 < 3.5, -3 > -3.5, 2 ** 63 - 1 < 2.0 ** 63
print sorted([float(big), big + 1, big - 1, 2.5, 2])
print 1 == 1.0, True == 1.0, 0 < float('inf'), -(10 ** 400) < float('-inf'), 10 ** 400 > float('inf')
print (big + 1) in [float(big)], (big + 1) != float(big)
