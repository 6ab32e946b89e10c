# Pairwise gaps between sorted uptimes using izip and tee.
from itertools import tee, izip
def pairwise(it):
    a, b = tee(it)
    next(b, None)
    return izip(a, b)
ups = sorted(s["uptime"] for s in system.perspective.getSessionInfo() if s["uptime"] < 10 ** 8)
for a, b in pairwise(ups):
    print "%10d -> %10d  gap %8d" % (a, b, b - a)
