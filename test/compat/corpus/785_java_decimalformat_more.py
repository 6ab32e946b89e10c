from java.text import DecimalFormat
cases = [("#,##0.###", 1234.5), ("0000", 42), ("#.00", 0.5), ("0.#", 2.0), ("0.00", 0.125), ("0.00", 0.135),
         ("0.00", 1.005), ("#,##0.00", -0.001), ("#,##0.0", 1e9), ("0.0", -0.04), ("##0.0#", 12.3456), ("#", 0)]
for pattern, value in cases:
    print "%-10s %-12r %s" % (pattern, value, DecimalFormat(pattern).format(value))
df = DecimalFormat("#,##0.00")
print df.format(1234L), df.format(3)
