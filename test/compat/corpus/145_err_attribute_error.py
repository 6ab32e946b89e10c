# AttributeError on a missing session attribute and on the list.
ss = system.perspective.getSessionInfo("admin")
s = ss[0]
print s.username, s.project
try:
    ss.username
except AttributeError, e:
    print "AttributeError:", e
try:
    "abc".foo
except AttributeError, e:
    print "AttributeError:", e
print s.displayName
