# Close anonymous sessions idle over 20 s, then re-count.
before = len(system.perspective.getSessionInfo())
closed = 0
for s in system.perspective.getSessionInfo("Unauthenticated"):
    if s["lastComm"] > 20000:
        system.perspective.closeSession("Idle timeout", s["id"])
        print "closed", s["id"]
        closed += 1
after = len(system.perspective.getSessionInfo())
print "before=%d closed=%d after=%d" % (before, closed, after)
print "remaining anonymous:", [s["clientAddress"] for s in system.perspective.getSessionInfo("Unauthenticated")]
