# Standard deviation of session uptimes.
import math
vals = [s["uptime"] / 1000.0 for s in system.perspective.getSessionInfo() if s["sessionScope"] != "designer"]
n = len(vals)
mean = sum(vals) / n
var = sum((v - mean) ** 2 for v in vals) / (n - 1)
sd = math.sqrt(var)
print "n=%d mean=%.3f sd=%.3f" % (n, mean, sd)
print "cv=%.4f" % (sd / mean)
print "log10 total=%.6f" % math.log10(sum(vals))
buckets = {}
for v in vals:
    b = int(math.floor(math.log10(v)))
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print "10^%d s: %s" % (b, "*" * buckets[b])
