# str.format with named fields and attribute/index lookups.
sessions = system.perspective.getSessionInfo("alice")
for s in sessions:
    print "{user} uses {proj} on {scope}".format(user=s["username"], proj=s["project"], scope=s["sessionScope"])
    print "first page: {0[0]}".format(s["pageIds"] or ["-"])
print "{0} and {1} and {0}".format("a", "b")
print "{!r} vs {!s}".format(u"x", u"x")
print "{:*^20}".format(" done ")
