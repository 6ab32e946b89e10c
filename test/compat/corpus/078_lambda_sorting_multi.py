# Multi-key sorting with lambdas and itemgetter.
from operator import itemgetter, attrgetter
rows = [(s["project"], s["username"], s["lastComm"]) for s in system.perspective.getSessionInfo()]
for r in sorted(rows, key=itemgetter(0, 2)):
    print "%-13s %-16s %6d" % r
print sorted(rows, key=lambda r: (r[1], -r[2]))[:3]
print sorted(rows, key=itemgetter(2), reverse=True)[0]
class P(object):
    def __init__(self, n): self.n = n
print [p.n for p in sorted([P(3), P(1), P(2)], key=attrgetter("n"))]
print sorted(["b10", "a2", "b2"], key=lambda s: (s[0], int(s[1:])))
