# str.format with a non-ASCII unicode argument raises UnicodeEncodeError.
for s in system.perspective.getSessionInfo(projectFilter="QualityDash"):
    print u"{0:<16}|{1}".format(s["username"], s["sessionScope"])
for s in system.perspective.getSessionInfo(projectFilter="QualityDash"):
    print "{0:<16}|{1}".format(s["username"], s["sessionScope"])
