# -*- coding: utf-8 -*-
# Mixing unicode and str.
a = u"caf\xe9"
b = "plain"
c = a + b
print type(c).__name__, repr(c)
print repr(b + u"x"), repr("%s-%s" % (b, u"y")), repr(u"%s" % b)
print len(a), len(a.encode("utf-8")), repr(a.encode("utf-8"))
print repr("caf\xc3\xa9".decode("utf-8")), "caf\xc3\xa9".decode("utf-8") == a
print a
print repr(u"日本"), len(u"日本"), repr("日本")
print u"abc" == "abc", u"A".lower(), unicode(5), repr(unicode(5))
print repr(str(u"ascii only")), type(str(u"ascii")).__name__
print repr(unichr(233)), repr(chr(65)), ord(u"\xe9"), ord("A")
