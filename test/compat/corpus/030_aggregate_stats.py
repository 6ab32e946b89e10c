# Min / max / mean / median of uptime in minutes.
ups = sorted([s["uptime"] / 60000.0 for s in system.perspective.getSessionInfo()])
n = len(ups)
mean = sum(ups) / n
if n % 2:
    median = ups[n / 2]
else:
    median = (ups[n / 2 - 1] + ups[n / 2]) / 2
print "n      =", n
print "min    = %.2f" % min(ups)
print "max    = %.2f" % max(ups)
print "mean   = %.3f" % mean
print "median =", median
print "round  =", round(mean, 1), round(median)
