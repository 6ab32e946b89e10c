# sendMessage's scope: 'page' (the default), 'view' (both need the page), 'session' (the session is enough);
# anything else is refused.
s = system.perspective.getSessionInfo("operator1")[0]
system.perspective.sendMessage("select", {"row": 1}, sessionId=s.id, pageId=s.pageIds[0])
system.perspective.sendMessage("select", {"row": 2}, "view", s.id, s.pageIds[1])
system.perspective.sendMessage("select", {"row": 3}, scope="session", sessionId=s.id)
system.perspective.sendMessage("select", {"row": 4}, scope="session", sessionId=s.id, pageId=s.pageIds[0])
for bad in ["Page", "gateway", ""]:
    try:
        system.perspective.sendMessage("select", {}, scope=bad, sessionId=s.id, pageId=s.pageIds[0])
    except ValueError, e:
        print "ValueError:", e
try:
    system.perspective.sendMessage("select", {}, scope="view", sessionId=s.id)
except ValueError, e:
    print "ValueError:", e
