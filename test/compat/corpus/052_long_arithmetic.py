# Big-number arithmetic on byte counters.
total = 0
for s in system.perspective.getSessionInfo():
    total += s["totalBytesSent"]
print total, repr(total)
print total * 8, "bits"
print total % 1000, total // 1000
print divmod(total, 1024 ** 3)
print float(total)
print "%d %s %r" % (total, total, total)
print "%x" % total, "%o" % 64L, "%e" % total
print 2 ** 100
print -(2 ** 70) // 3, -(2 ** 70) % 3
print abs(-2 ** 65), pow(3, 40), pow(3, 40, 7)
