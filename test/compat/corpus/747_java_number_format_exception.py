from java.lang import Integer, Long, Double, NumberFormatException
import java.lang
for text in ["42", "-17", "+5", "0x1F", "12.5", "", " 3"]:
    try:
        print repr(text), Integer.parseInt(text)
    except NumberFormatException, e:
        print repr(text), "NumberFormatException:", e.getMessage()
try:
    Long.parseLong("99999999999999999999")
except java.lang.IllegalArgumentException, e:
    print e
try:
    Double.parseDouble("abc")
except java.lang.RuntimeException, e:
    print e
Integer.parseInt("seven")
