# urlparse: splitting, rebuilding and joining URLs, and parsing query strings.
import urlparse, urllib
for u in ['http://user:pw@Example.COM:8080/a/b;p=1?x=1&y=2#frag', 'https://host/path', '//host/p', '/just/path?q', 'mailto:joe@x.org',
          'HTTP://h/', 'host:80', 'path;x', 'ftp://ftp.x.org/f;type=a', 'http://[::1]:8080/x', 'file:///etc/passwd', '', 'a:b',
          'http://h?q=1#f', 'http://h#f?x', 'redis://h:6379/0', 'git+ssh://git@github.com/x.git', 'x://a/b;c']:
    r = urlparse.urlparse(u)
    s = urlparse.urlsplit(u)
    print repr(u), tuple(r), tuple(s)
    print '  ', r.username, r.password, r.hostname, r.port, r.geturl(), s.geturl(), urlparse.urlunparse(r), urlparse.urlunsplit(s)
print urlparse.urlparse('http://h/p?q#f')
print urlparse.urlsplit('http://h/p?q#f')
print urlparse.urlparse('http://h/p#f', allow_fragments=False)
print urlparse.urlparse('/p', scheme='https'), urlparse.urlparse('h/p', 'ftp')
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'https://x/y']:
    print repr(rel), urlparse.urljoin(base, rel)
print urlparse.urljoin('http://h/a/', 'b?c'), urlparse.urljoin('', 'x'), urlparse.urljoin('http://h', 'x')
print urlparse.urldefrag('http://h/p#frag'), urlparse.urldefrag('http://h/p')
print sorted(urlparse.parse_qs('a=1&b=2&a=3&c=&d').items()), sorted(urlparse.parse_qs('a=1&c=', keep_blank_values=True).items())
print urlparse.parse_qsl('a=1&b=x+y%21&a=3;z=9'), urlparse.parse_qsl('a&b=', True)
try:
    urlparse.parse_qsl('a&b', strict_parsing=True)
except ValueError, e:
    print 'ValueError', e
r = urlparse.urlparse('http://h/p')
print r.scheme, r[1], r._replace(path='/q').geturl(), len(r), isinstance(r, tuple), type(r).__name__
print urlparse.urlparse(u'http://h/\xe9')
for rel in ['../../../../g', '../../x/../y', 'a/b/../../..', '/a/../../b', 'g/..', 'g/../..', '../.', '.././g/.', 'a//b/../c']:
    print repr(rel), urlparse.urljoin('http://a/b/c/d;p?q', rel), urlparse.urljoin('http://a/b/', rel), urlparse.urljoin('http://a', rel)
