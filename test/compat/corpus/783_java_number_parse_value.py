from java.lang import Integer, Long, Double
print Integer.parseInt("ff", 16), Integer.parseInt("-101", 2), Integer.parseInt("+42")
print Integer.valueOf("12") + 1, type(Integer.valueOf(7)).__name__
print Long.parseLong("-9000000000"), Long.valueOf("5")
print Double.parseDouble("2.5e3"), Double.valueOf("0.1"), Double.parseDouble("  7 ")
print Integer.toString(255, 16), Integer.toString(-8, 2), Long.toString(255L)
print Integer.MAX_VALUE + 1, Integer.MIN_VALUE - 1
print Long.MAX_VALUE, Long.MIN_VALUE
print Double.MAX_VALUE, Double.MIN_VALUE, Double.toString(100.0), Double.toString(1e7)
print Integer.MAX_VALUE == 2147483647, type(Integer.MAX_VALUE).__name__
import java.lang
for bad in ["", "1.5", "2147483648", "abc"]:
    try:
        Integer.parseInt(bad)
    except java.lang.NumberFormatException, e:
        print 'NumberFormatException:', e.getMessage()
