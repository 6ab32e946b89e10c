# getSessionInfo takes at most two arguments.
print "calling with three arguments"
try:
    system.perspective.getSessionInfo("billy", "MyProject", "extra")
except TypeError, e:
    print "TypeError:", e
print "and uncaught:"
system.perspective.getSessionInfo("billy", "MyProject", "extra")
