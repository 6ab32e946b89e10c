# A complete "gateway dashboard" script combining many features.
from collections import defaultdict
import math

def fmt_bytes(n):
    units = ["B", "KB", "MB", "GB", "TB"]
    i = 0
    f = float(n)
    while f >= 1024 and i < len(units) - 1:
        f /= 1024
        i += 1
    return "%.1f %s" % (f, units[i])

sessions = system.perspective.getSessionInfo()
byProject = defaultdict(list)
for s in sessions:
    byProject[s["project"]].append(s)

print "=" * 60
print "GATEWAY DASHBOARD".center(60)
print "=" * 60
for project in sorted(byProject):
    group = byProject[project]
    users = sorted(set(s["username"] for s in group if s["username"] != "Unauthenticated"))
    anon = len([s for s in group if s["username"] == "Unauthenticated"])
    total = sum(s["totalBytesSent"] for s in group)
    print "%-14s sessions=%-2d anon=%d bytes=%s" % (project, len(group), anon, fmt_bytes(total))
    print "    users: %s" % (", ".join(users) or "-")
    longest = max(group, key=lambda s: s["uptime"])
    print "    longest: %s (%d h)" % (longest["username"], longest["uptime"] // 3600000)
print "-" * 60
print "Total: %d sessions, %s" % (len(sessions), fmt_bytes(sum(s["totalBytesSent"] for s in sessions)))
print "log2 of largest transfer: %.3f" % math.log(max(s["totalBytesSent"] for s in sessions), 2)
