# Old "except E, e:" syntax around session lookups.
sessions = system.perspective.getSessionInfo()
for key in ["username", "userName", "project", "authorized"]:
    try:
        print key, "=", sessions[0][key]
    except KeyError, e:
        print "missing key:", e, repr(e), e.args
try:
    sessions[99]
except IndexError, e:
    print "IndexError:", e
try:
    int(sessions[0]["clientAddress"])
except ValueError, e:
    print "ValueError:", e
