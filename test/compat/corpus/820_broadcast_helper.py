# A project-library style helper: close a popup everywhere a user has a page, and report per session.
def close_everywhere(username, popupId):
    report = []
    for s in system.perspective.getSessionInfo(username):
        closed = 0
        for p in s.pageIds:
            try:
                system.perspective.closePopup(popupId, sessionId=s.id, pageId=p)
                closed += 1
            except ValueError, e:
                report.append("error: %s" % e)
        report.append("%s %s: %d" % (s.sessionScope, s.id[:8], closed))
    return report

for line in close_everywhere("billy", "alarmDetails"):
    print line
for line in close_everywhere("nobody", "alarmDetails"):
    print line
print "done"
