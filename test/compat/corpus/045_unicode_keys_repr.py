# Keys and strings are unicode.
s = system.perspective.getSessionInfo()[3]
print sorted(s.keys())[:2]
print s.keys()[0], repr(s.keys()[0])
print type(s["username"]), type("billy"), type(u"billy")
print s["username"] == "Unauthenticated", s["username"] is "Unauthenticated"
print repr(s["project"] + "-suffix"), repr("prefix-" + s["project"])
print [s["sessionScope"], "browser", u"browser"]
