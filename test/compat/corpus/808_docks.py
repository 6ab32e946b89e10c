# Docks: open with params (after sessionId and pageId in the manual's order), toggle, close, alter (8.1.19).
s = system.perspective.getSessionInfo("admin")[0]
page = s.pageIds[0]
system.perspective.openDock("nav", s.id, page, {"section": "alarms"})
system.perspective.openDock("nav", sessionId=s.id, pageId=page, params={"section": "trends"})
system.perspective.toggleDock("filters", sessionId=s.id, pageId=page)
system.perspective.closeDock(id="nav", sessionId=s.id, pageId=page)
system.perspective.alterDock("nav", {"size": 320, "display": "push", "viewParams": {"section": "home"}}, s.id, page)
system.perspective.alterDock(dockId="filters", sessionId=s.id, pageId=page)
print "docks done"
