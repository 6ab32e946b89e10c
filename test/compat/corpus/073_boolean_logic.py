# and/or return operands; comparisons chain.
print 0 or "default", "" or None, [] and "x", "a" and "b", None or 0 or "z"
print 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b" < "c"
print not None, not [], not [0], True == 1, False == 0, True is 1
s = system.perspective.getSessionInfo()[0]
name = s.get("displayName") or s["username"]
print name
print (s["activePages"] > 1) and "busy" or "quiet"
print "yes" if s["sessionScope"] == "browser" else "no"
print None == None, None is None, [] == [], [] is []
print 1 if 0 else 2, (lambda: 0)() or "fallback"
print cmp(True, False), True + True, sum([True, False, True])
