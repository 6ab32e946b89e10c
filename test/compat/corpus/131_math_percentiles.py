# Percentiles of bytes sent using math.floor/ceil interpolation.
import math
vals = sorted(s["recentBytesSent"] for s in system.perspective.getSessionInfo())
def percentile(data, p):
    k = (len(data) - 1) * p / 100.0
    f, c = math.floor(k), math.ceil(k)
    if f == c:
        return float(data[int(k)])
    return data[int(f)] * (c - k) + data[int(c)] * (k - f)
print vals
for p in (0, 25, 50, 75, 90, 100):
    print "p%-3d %10.2f" % (p, percentile(vals, p))
