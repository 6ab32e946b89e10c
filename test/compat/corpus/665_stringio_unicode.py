# StringIO keeps unicode text as unicode: written, given at construction, and printed into with print >>
import StringIO
buf = StringIO.StringIO()
buf.write(u'caf\xe9')
buf.write('x')
buf.write(u' na\xefve\n')
v = buf.getvalue()
print type(v).__name__, repr(v)
buf2 = StringIO.StringIO()
for name in [u'Jos\xe9', 'billy', u'\u00c5sa']:
    buf2.write(name)
    buf2.write(u',')
print repr(buf2.getvalue())
buf3 = StringIO.StringIO(u'start\xe9')
buf3.seek(0, 2)
buf3.write(u'!')
print repr(buf3.getvalue()), buf3.tell()
print >>buf, 42, u'\xfc'
print repr(buf.getvalue())
