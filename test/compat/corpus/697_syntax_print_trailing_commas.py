print "a",,
