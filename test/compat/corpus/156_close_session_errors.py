# closeSession errors: unknown id, missing id, message passed as id.
s = system.perspective.getSessionInfo("admin")[0]
try:
    system.perspective.closeSession("bye", "no-such-session")
except ValueError, e:
    print "ValueError:", e
try:
    system.perspective.closeSession(s["id"])
except ValueError, e:
    print "ValueError:", e
system.perspective.closeSession(sessionId=s["id"])
print "closed admin:", len(system.perspective.getSessionInfo("admin"))
system.perspective.closeSession("again", s["id"])
