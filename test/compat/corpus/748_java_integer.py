from java.lang import Integer
print Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.SIZE
print Integer.parseInt("ff", 16), Integer.parseInt("-101", 2), Integer.parseInt("777", 8)
print Integer.valueOf("123") + 1, Integer.valueOf(7) * 2
print Integer.toString(255), Integer.toString(255, 16), Integer.toHexString(255), Integer.toBinaryString(10), Integer.toOctalString(8)
print Integer.toHexString(-1)
print Integer.max(3, 9), Integer.min(3, 9), Integer.signum(-4), Integer.compare(1, 2)
print Integer.bitCount(255), Integer.reverse(1), Integer.highestOneBit(100)
print type(Integer.parseInt("5")).__name__, type(Integer.MAX_VALUE).__name__
print repr(Integer.toString(42))
