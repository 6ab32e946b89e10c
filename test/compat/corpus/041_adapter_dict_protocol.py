# The session object behaves like a Python 2 dict.
s = system.perspective.getSessionInfo(projectFilter="MyProject")[1]
print len(s)
print "id" in s, "nope" in s, s.has_key("project")
print s.get("username"), s.get("nope"), s.get("nope", 42)
print s.keys()
print s.values()[:4]
print s.items()[2]
for k in s:
    print k,
print
print [k for k in s.iterkeys()][-1], list(s.itervalues())[3], list(s.iteritems())[0][0]
print type(s.keys()).__name__, type(s.items()).__name__
print s.id == s["id"], s.project, s.sessionScope
