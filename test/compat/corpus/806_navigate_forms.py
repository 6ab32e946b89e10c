# navigate's keyword forms: a page (with or without the leading slash), a view with params, a web address in a
# new tab; page, url and view given by keyword or position.
s = system.perspective.getSessionInfo("supervisor")[0]
pages = s.pageIds
system.perspective.navigate("/alarms", sessionId=s.id, pageId=pages[0])
system.perspective.navigate(page="trends", sessionId=s.id, pageId=pages[1])
system.perspective.navigate(view="Overview/Line", params={"line": 3, "shift": u"Nuit"}, sessionId=s.id, pageId=pages[2])
system.perspective.navigate(url="https://example.com/manual", sessionId=s.id, pageId=pages[3], newTab=True)
system.perspective.navigate(None, None, "Overview/Plant", None, s.id, pages[0], False)
print system.perspective.navigate("home", sessionId=s.id, pageId=pages[1])
try:
    system.perspective.navigate(sessionId=s.id, pageId=pages[0])
except ValueError, e:
    print "ValueError:", e
