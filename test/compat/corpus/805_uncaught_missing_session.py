# An uncaught failure ends the script like any exception; the messages sent before it stay sent.
for s in system.perspective.getSessionInfo("billy"):
    for p in s.pageIds:
        system.perspective.sendMessage("notice", {"text": "maintenance at 18:00"}, sessionId=s.id, pageId=p)
print "now without a session id"
system.perspective.sendMessage("notice", {"text": "oops"})
print "not reached"
