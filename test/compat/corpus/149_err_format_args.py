# Wrong number of % arguments raises TypeError.
s = system.perspective.getSessionInfo()[0]
try:
    print "%s %s" % (s["username"],)
except TypeError, e:
    print "TypeError:", e
try:
    print "%s" % (s["username"], s["project"])
except TypeError, e:
    print "TypeError:", e
try:
    print "%d pages" % s["project"]
except TypeError, e:
    print "TypeError:", e
print "%s on %s for %s" % (s["username"], s["project"])
