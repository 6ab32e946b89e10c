# Broadcast to every open page, the way gateway scripts loop over pageIds for sendMessage.
def sendMessage(messageType, payload, scope, sessionId, pageId):
    # stand-in for system.perspective.sendMessage: print what would be sent
    print "  -> %s %s session=%s page=%s payload=%s" % (messageType, scope, sessionId[:8], pageId, sorted(payload.items()))

sent = 0
for s in system.perspective.getSessionInfo():
    if s["sessionScope"] == "designer" or not s["pageIds"]:
        continue
    print "%s (%d page%s)" % (s["username"], len(s["pageIds"]), "" if len(s["pageIds"]) == 1 else "s")
    for pageId in s["pageIds"]:
        sendMessage("refreshAlarms", {"reason": "shift change", "priority": 2}, "page", s["id"], pageId)
        sent += 1
print "messages sent:", sent
