# Wrong argument types raise TypeError before anything is sent; the right ones (an int for a bool) work.
s = system.perspective.getSessionInfo("admin")[0]
page = s.pageIds[0]
tries = [
    lambda: system.perspective.sendMessage(5, {}, sessionId=s.id, pageId=page),
    lambda: system.perspective.sendMessage("m", [1, 2], sessionId=s.id, pageId=page),
    lambda: system.perspective.openPopup("p", None, sessionId=s.id, pageId=page),
    lambda: system.perspective.openPopup("p", "V", modal=None, sessionId=s.id, pageId=page),
    lambda: system.perspective.vibrateDevice(None, s.id),
    lambda: system.perspective.navigate("x", sessionId=7, pageId=page),
]
for t in tries:
    try:
        t()
        print "ok"
    except TypeError, e:
        print "TypeError:", e
system.perspective.openPopup("p", "V", modal=1, draggable=0, sessionId=s.id, pageId=page)
print "done"
