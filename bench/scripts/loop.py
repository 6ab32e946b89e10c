# Loop-heavy work without sessions (issue 20): 1M iterations of dict, string and % work.
d = {}
s = 0
for i in xrange(1000000):
    k = "k%d" % (i % 1000)
    d[k] = d.get(k, 0) + i
    s += len(k) * 2 - 1
print s, len(d), d["k7"]
