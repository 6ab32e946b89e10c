# Concatenating a number to a string.
s = system.perspective.getSessionInfo("admin")[0]
print "Uptime: " + str(s["uptime"])
print "Pages: %d" % s["activePages"]
print "Bytes: " + s["totalBytesSent"]
