# Broadcast a refresh to every page of every session: exactly one message per (session, page).
sent = 0
for s in system.perspective.getSessionInfo():
    for p in s["pageIds"]:
        system.perspective.sendMessage("refresh", {"x": 1}, scope="page", sessionId=s["id"], pageId=p)
        sent += 1
print "messages sent:", sent
