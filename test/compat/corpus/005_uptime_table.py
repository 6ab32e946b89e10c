# Uptime table in hours/minutes, longest first.
sessions = system.perspective.getSessionInfo()
rows = []
for s in sessions:
    ms = s["uptime"]
    secs = ms / 1000
    hours = secs / 3600
    minutes = (secs % 3600) / 60
    rows.append((ms, s["username"], s["project"], hours, minutes))
rows.sort(reverse=True)
print "%-16s %-14s %8s" % ("User", "Project", "Uptime")
for ms, user, project, h, m in rows:
    print "%-16s %-14s %5dh%02dm" % (user, project, h, m)
