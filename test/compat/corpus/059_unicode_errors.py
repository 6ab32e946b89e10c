# -*- coding: utf-8 -*-
# Encoding errors when unicode meets str.
user = system.perspective.getSessionInfo(u"jos\xe9")[0]["username"]
print repr(user)
try:
    print str(user)
except UnicodeEncodeError, e:
    print "UnicodeEncodeError:", e
try:
    print "caf\xc3\xa9" + u"!"
except UnicodeDecodeError, e:
    print "UnicodeDecodeError:", e
print user.encode("utf-8") == "jos\xc3\xa9"
print repr(user.encode("ascii", "replace")), repr(user.encode("ascii", "ignore"))
print repr(user.encode("ascii", "xmlcharrefreplace"))
print repr("caf\xc3\xa9".decode("ascii", "replace"))
