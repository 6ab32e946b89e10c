import
print "never"
