import io

buf = io.StringIO()
buf.write(u'line one\n')
buf.write(u'caf\xe9 two\n')
print repr(buf.getvalue()), len(buf.getvalue())
buf.seek(0)
print repr(buf.readline()), repr(buf.read(4)), repr(buf.read())
buf.seek(0)
print [l for l in buf]
print buf.seek(5), repr(buf.read(3))
buf.truncate(4)
print repr(buf.getvalue())
try:
    io.StringIO('plain str')
except TypeError, e:
    print 'TypeError:', e
try:
    buf.write('plain str')
except TypeError, e:
    print 'TypeError:', e

b = io.BytesIO('\x00\x01')
b.seek(0, 2)
b.write('abc')
print repr(b.getvalue()), b.tell()
b.seek(1)
b.write('Z')
print repr(b.getvalue())
try:
    b.write(u'x')
except TypeError, e:
    print 'TypeError:', e
with io.BytesIO('r1\nr2\n') as f:
    print f.readlines()
print f.closed
try:
    f.read()
except ValueError, e:
    print 'ValueError:', e
print io.SEEK_SET, io.SEEK_CUR, io.SEEK_END
