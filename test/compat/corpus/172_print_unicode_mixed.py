# -*- coding: utf-8 -*-
# print of unicode, UTF-8 str literals and reprs side by side.
u = system.perspective.getSessionInfo(projectFilter="QualityDash")[0]["username"]
print u
print "user:", u, "(%d chars)" % len(u)
print "literal é in a str:", "é", len("é")
print u"literal é in unicode:", u"é", len(u"é")
print [u, "é", u"é"]
print (u,)
print u + u"!", u * 2
print "%s|%r" % (u, u)
print u.encode("utf-8"), repr(u.encode("utf-8"))
