# Stale-session clean-up: warn the idle sessions' pages, close the sessions, and show that they are gone.
IDLE_MS = 10000
stale = [s for s in system.perspective.getSessionInfo() if s.lastComm > IDLE_MS]
for s in stale:
    for p in s.pageIds:
        system.perspective.sendMessage("idleWarning", {"idleMs": s.lastComm}, sessionId=s.id, pageId=p)
    system.perspective.closeSession("Closed after %d s idle" % (s.lastComm // 1000), s.id)
print "closed", len(stale), "of", len(stale) + len(system.perspective.getSessionInfo())
for s in stale:
    try:
        system.perspective.refresh(sessionId=s.id, pageId="x")
    except ValueError, e:
        print "ValueError:", e
