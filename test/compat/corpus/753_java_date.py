from java.util import Date
d = Date(1795989720000)
print d
print repr(d)
print d.getTime()
print "%s" % d, str(d)
e = Date(0)
print e, e.getTime()
print Date(-86400000)
print d.after(e), d.before(e), e.before(d), d.compareTo(e), e.compareTo(d), d.compareTo(Date(1795989720000))
print d.equals(Date(1795989720000)), d == Date(1795989720000), d != e
f = Date(1000)
f.setTime(2000)
print f.getTime()
print Date(951782400000)
