# Custom exceptions in a validation helper.
class SessionError(Exception):
    pass
class StaleSession(SessionError):
    def __init__(self, sid, ms):
        SessionError.__init__(self, sid, ms)
        self.sid = sid
        self.ms = ms
    def __str__(self):
        return "session %s stale for %d ms" % (self.sid[:8], self.ms)
def check(s):
    if s["lastComm"] > 20000:
        raise StaleSession(s["id"], s["lastComm"])
    if s["username"] == "Unauthenticated":
        raise SessionError("anonymous")
    return "ok"
for s in system.perspective.getSessionInfo(projectFilter="MyProject") + system.perspective.getSessionInfo("Unauthenticated", "WarehouseHMI"):
    try:
        print check(s), s["username"]
    except StaleSession, e:
        print "stale:", e, e.args[1], isinstance(e, SessionError)
    except SessionError, e:
        print "error:", e, repr(e), e.args
