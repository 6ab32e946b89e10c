# str.translate and string.maketrans.
import string
table = string.maketrans("-.", "_:")
for s in system.perspective.getSessionInfo("billy"):
    print s["id"].encode("ascii").translate(table)[:20], s["clientAddress"].encode("ascii").translate(table)
print "hello world".translate(None, "lo")
print "abc".translate(string.maketrans("abc", "xyz"))
print repr(u"abc".translate({ord(u"a"): u"A", ord(u"b"): None}))
print len(string.maketrans("", ""))
