# A page id that belongs to another session, or to none, is not found in this session.
s = system.perspective.getSessionInfo("alice", "MyProject")[0]
other = system.perspective.getSessionInfo("billy")[0]
for page in [s.pageIds[1], other.pageIds[0], "ffffffff"]:
    try:
        system.perspective.openPopup("details", "Popups/Details", sessionId=s.id, pageId=page)
        print page, "opened"
    except ValueError, e:
        print "ValueError:", e
