# Uncaught KeyError on a misspelled session key.
for s in system.perspective.getSessionInfo("billy"):
    print "user:", s["username"]
    print "project:", s["project"]
    print "name:", s["userName"]
