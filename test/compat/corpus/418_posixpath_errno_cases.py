import posixpath
import errno

for p in ['', '/', '//', '///', 'a/', '/a/b/', '//x', '/../a', '../../a/..', '..', 'a/b/c.d.e', '..x', 'a..', 'a/.b', '...', 'a/...b']:
    print repr(p), posixpath.split(p), posixpath.splitext(p), repr(posixpath.basename(p)), repr(posixpath.dirname(p)), posixpath.normpath(p)
print posixpath.join(u'a', 'b'), type(posixpath.join(u'a', 'b')).__name__
try:
    posixpath.relpath('')
except ValueError, e:
    print 'ValueError:', e
print errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EAGAIN, errno.EWOULDBLOCK
print errno.errorcode[errno.ENOENT], errno.errorcode[13], errno.errorcode[11], errno.errorcode[110], errno.errorcode[111]
try:
    raise IOError(errno.ENOENT, 'No such file or directory', '/tmp/x')
except IOError, e:
    print e.args[0] == errno.ENOENT, errno.errorcode[e.args[0]], e.args[1]
