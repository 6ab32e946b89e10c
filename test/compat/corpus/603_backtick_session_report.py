# Old-style report lines built with backquotes
for s in system.perspective.getSessionInfo()[:4]:
    print 'user=' + `str(s["username"])` + ' pages=' + `len(s["pageIds"])`
