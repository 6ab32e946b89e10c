# Softspace rules: newline or tab at the end of an item suppresses the space.
print "a\n",
print "b"
print "c\t",
print "d"
print "e ",
print "f"
print "",
print "g"
import sys
print "h",
sys.stdout.write("i")
print "j"
print "k",
print
print "l"
