# itertools.groupby after sorting.
from itertools import groupby
ss = sorted(system.perspective.getSessionInfo(), key=lambda s: (s["project"], s["username"]))
for project, group in groupby(ss, key=lambda s: s["project"]):
    members = list(group)
    print "%s (%d)" % (project, len(members))
    for user, g2 in groupby(members, key=lambda s: s["username"]):
        print "   %-16s x%d" % (user, len(list(g2)))
print [(k, len(list(g))) for k, g in groupby("aaabccdd")]
