# This code counts the number of times a user named "billy" is logged in
sessions = system.perspective.getSessionInfo("billy")
print "Billy has %d sessions" % len(sessions)
