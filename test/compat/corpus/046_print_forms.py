# Every print statement form.
import sys
print
print "one"
print "two", "three"
print "four",
print "five"
print 1, 2.5, None, True, [1, "a"], (1,), u"u"
print "a" "b" "c"
print ("tuple", "print")
print("call-like")
print >>sys.stdout, "to stdout", 42
print >>sys.stdout
print >>sys.stdout, "trailing",
print "after trailing"
x = 5; print x; print x * 2
print "end"
