# str() of a non-ASCII username.
names = []
for s in system.perspective.getSessionInfo():
    names.append(str(s["username"]))
    print "ok:", names[-1]
