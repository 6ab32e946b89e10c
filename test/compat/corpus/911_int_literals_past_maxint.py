# Integer literals past sys.maxint are longs in Jython, in every base, and a negated one stays long.
print type(2147483648).__name__, type(2147483647).__name__, type(0xFFFFFFFF).__name__, 0xFFFFFFFF, type(0x7FFFFFFF).__name__, type(020000000000).__name__, 020000000000, type(0b11111111111111111111111111111111).__name__
print 2147483648, repr(2147483648), repr(-2147483648), repr(2**53+1)
print [type(n).__name__ for n in (1, 2147483647, 2147483648, 4294967296, 9007199254740992, 9007199254740993)]
