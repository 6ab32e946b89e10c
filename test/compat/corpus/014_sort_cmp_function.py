# Old-style cmp= sorting: by project ascending, then uptime descending.
def byProjectThenUptime(a, b):
    c = cmp(a["project"], b["project"])
    if c != 0:
        return c
    return cmp(b["uptime"], a["uptime"])

sessions = system.perspective.getSessionInfo()
sessions.sort(byProjectThenUptime)
for s in sessions:
    print "%-14s %12d %s" % (s["project"], s["uptime"], s["username"])
sessions.sort(cmp=lambda a, b: cmp(len(a["pageIds"]), len(b["pageIds"])))
print [len(s["pageIds"]) for s in sessions]
