# The same parameter passed by position and by keyword.
try:
    system.perspective.getSessionInfo("billy", usernameFilter="alice")
except TypeError, e:
    print "TypeError:", e
print "now uncaught"
system.perspective.getSessionInfo("billy", "MyProject", projectFilter="MyProject")
