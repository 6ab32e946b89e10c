# closePage ends one page: it leaves the session's pageIds, and acting on it afterwards fails.
s = system.perspective.getSessionInfo("supervisor")[0]
first = s.pageIds[0]
system.perspective.closePage("Closed by the shift supervisor", s.id, first)
after = system.perspective.getSessionInfo("supervisor")[0]
print len(s.pageIds), "->", len(after.pageIds), after.activePages
print first in after.pageIds
try:
    system.perspective.refresh(sessionId=s.id, pageId=first)
except ValueError, e:
    print "ValueError:", e
system.perspective.closePage(sessionId=s.id, pageId=after.pageIds[-1])
print system.perspective.getSessionInfo("supervisor")[0].pageIds
