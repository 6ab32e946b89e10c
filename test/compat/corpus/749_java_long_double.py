from java.lang import Long, Double, Float, Boolean
print Long.MAX_VALUE, Long.MIN_VALUE
print Long.parseLong("1234567890123"), Long.valueOf("42") + 1
print Long.toString(1234567890123L), Long.toHexString(255L)
print Double.parseDouble("3.25"), Double.valueOf("1e3"), Double.parseDouble("-0.5")
print Double.MAX_VALUE, Double.MIN_VALUE
print Double.isNaN(Double.NaN), Double.isInfinite(Double.POSITIVE_INFINITY), Double.NEGATIVE_INFINITY
print Double.toString(2.5), Double.toString(100.0), Double.toString(1e10), Double.toString(0.0001)
print Double.compare(1.5, 2.5), Double.max(1.5, 2.5)
print Float.parseFloat("2.5"), Boolean.parseBoolean("TRUE"), Boolean.parseBoolean("yes")
print Boolean.TRUE, Boolean.FALSE
