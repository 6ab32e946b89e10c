pr = getattr(system.perspective, 'print')
pr("plain")
pr("with session", sessionId="abc")
pr("with page", pageId="p1", destination="client")
pr(message="keywords only")
pr([1, 2, 3])
pr({"a": 1})
pr(None)
pr(3.5)
pr(u'\u65e5\u672c')
for s in system.perspective.getSessionInfo("billy"):
    pr("%s %s" % (s.username, s.project))
print 'done'
