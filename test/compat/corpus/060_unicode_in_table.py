# -*- coding: utf-8 -*-
# Width counts characters for unicode formatting.
for s in system.perspective.getSessionInfo(projectFilter="QualityDash"):
    line = "|%-12s|%12s|" % (s["username"], s["project"])
    print line, len(line), type(line).__name__
print "|%-12s|" % "josé", len("|%-12s|" % "josé")
print u"|%-12s|" % u"josé", len(u"|%-12s|" % u"josé")
print u"josé".upper(), u"JOSÉ".lower(), u"josé".title()
print u"josé".center(10, u"*")
