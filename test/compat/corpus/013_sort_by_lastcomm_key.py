# Sort sessions by lastComm with key= and show the stale ones.
sessions = system.perspective.getSessionInfo()
ordered = sorted(sessions, key=lambda s: s["lastComm"])
for s in ordered:
    flag = ""
    if s["lastComm"] > 10000:
        flag = "  <-- stale"
    print "%6d ms  %-15s %s%s" % (s["lastComm"], s["username"], s["sessionScope"], flag)
print "freshest:", ordered[0]["id"]
print "stalest:", ordered[-1]["id"]
