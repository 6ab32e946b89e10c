# Gateway scripts run with no session attached to the thread: sessionId is required, and so is pageId for the
# functions that act on a page.
s = system.perspective.getSessionInfo("operator1")[0]
calls = [
    ("sendMessage without ids", lambda: system.perspective.sendMessage("refresh", {})),
    ("sendMessage without pageId", lambda: system.perspective.sendMessage("refresh", {}, sessionId=s.id)),
    ("navigate without pageId", lambda: system.perspective.navigate("/alarms", sessionId=s.id)),
    ("refresh without ids", lambda: system.perspective.refresh()),
    ("closePopup without pageId", lambda: system.perspective.closePopup("p", s.id)),
    ("vibrateDevice without sessionId", lambda: system.perspective.vibrateDevice(200)),
    ("setTheme with pageId only", lambda: system.perspective.setTheme("dark", pageId=s.pageIds[0])),
]
for label, call in calls:
    try:
        call()
        print label, "-> ok"
    except ValueError, e:
        print label, "->", e
