from java.lang import String
cases = [("%-10s|", ["left"]), ("%10s|", ["right"]), ("%05d", [42]), ("%+.1f", [2.25]), ("%,.2f", [1234567.891]),
         ("%S", ["shout"]), ("%b %b %b", [None, "x", False]), ("%x", [-1]), ("100%%", []), ("a%nb", []),
         ("%e", [0.000123]), ("%10.4f|", [3.14159265]), ("%s", [[1, 2]]), ("%s", [u'caf\xe9']), ("%.3s", ["abcdef"]),
         ("%2$s-%1$s", ["a", "b"]), ("%-6d|", [7]), ("%o", [8]), ("%X", [48879]), ("%.0f", [0.5]), ("%.0f", [1.5])]
for fmt, args in cases:
    print repr(fmt), repr(String.format(fmt, args))
import java.lang
for fmt, args in [("%d", [1.5]), ("%s %s", ["a"]), ("%q", [1])]:
    try:
        String.format(fmt, args)
    except java.lang.IllegalArgumentException, e:
        print type(e).__name__, e.getMessage()
