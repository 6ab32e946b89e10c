# An exception raised inside a generator mid-report.
def rates():
    for s in system.perspective.getSessionInfo():
        yield s["username"], s["totalBytesSent"] / s["recentBytesSent"]
for user, r in rates():
    print "%-16s %d" % (user, r)
