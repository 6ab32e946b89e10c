print "start"
columns = ["id", "userName",
