# Show every session billy has and where it runs.
sessions = system.perspective.getSessionInfo("billy")
print "billy has %d session(s)" % len(sessions)
for i, s in enumerate(sessions):
    print "%d. %s via %s (%s)" % (i + 1, s["project"], s["sessionScope"], s["clientAddress"])
    print "   pages:", ", ".join(s["pageIds"]) or "(none)"
