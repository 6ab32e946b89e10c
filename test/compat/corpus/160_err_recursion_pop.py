# KeyError from pop and del on the session copy.
s = system.perspective.getSessionInfo()[0]
print s.pop("userAgent")[:11]
try:
    s.pop("userAgent")
except KeyError, e:
    print "KeyError:", e
try:
    del s["nothing"]
except KeyError, e:
    print "KeyError:", e
print len(s)
del s["userAgent"]
