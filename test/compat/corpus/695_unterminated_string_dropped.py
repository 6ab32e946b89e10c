# Jython drops an unterminated string with the rest of its line (line end included)
x = 5
y = "abc
z = 3
print x, y, z
print "tail
