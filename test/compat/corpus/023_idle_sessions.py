# Flag sessions idle for more than 3 seconds; would close them in production.
LIMIT_MS = 3000
idle = []
for s in system.perspective.getSessionInfo():
    if s["lastComm"] > LIMIT_MS and s["sessionScope"] != "designer":
        idle.append(s)
print "%d idle session(s):" % len(idle)
for s in idle:
    secs = s["lastComm"] / 1000.0
    print "  %s %-15s idle %.1fs" % (s["id"][:8], s["username"], secs)
