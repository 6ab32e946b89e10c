from java.text import DecimalFormat
cases = [("#,##0.00", 1234567.891), ("0.0", 2.25), ("0.0", 2.35), ("#.##", 3.0), ("#.##", 3.14159),
         ("00", 7), ("#,###", 1234567), ("0.00%", 0.256), ("#%", 0.5), ("$#,##0.00", 99.999),
         ("0.###", -1.5), ("#,##0", -12345.5), ("0", 2.5), ("0", 3.5), ("000.000", 1.2)]
for pattern, value in cases:
    print "%-10s %-12r %s" % (pattern, value, DecimalFormat(pattern).format(value))
print DecimalFormat("#,##0.00").toPattern()
