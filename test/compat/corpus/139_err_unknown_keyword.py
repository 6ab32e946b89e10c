# Unknown keyword argument.
try:
    system.perspective.getSessionInfo(user="billy")
except TypeError, e:
    print "TypeError:", e
try:
    system.perspective.getSessionInfo(username="billy")
except TypeError, e:
    print "TypeError:", e
system.perspective.getSessionInfo(projectfilter="MyProject")
