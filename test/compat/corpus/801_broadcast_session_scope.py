# One message per session with scope="session": it reaches every page of the session, and none when the
# session has no page open (a Designer, an app in the background).
for s in system.perspective.getSessionInfo():
    system.perspective.sendMessage("shiftChange", {"shift": "B", "pages": len(s.pageIds)}, scope="session", sessionId=s.id)
    print s.username, s.sessionScope, len(s.pageIds)
