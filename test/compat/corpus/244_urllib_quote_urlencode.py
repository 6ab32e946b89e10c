# urllib's quoting helpers and urlencode; urlopen is not available in the sandbox.
import urllib
for s in ['abc def', 'a/b c', '~user', 'a+b=c&d', '\xc3\xa9', '!*\'();:@&=+$,/?#[]', '-_.', '', 'x%y']:
    print repr(s), urllib.quote(s), urllib.quote(s, ''), urllib.quote(s, safe='/:'), urllib.quote_plus(s), urllib.quote_plus(s, '/')
for s in ['abc%20def', 'a+b', '%7e%7E', '%zz%', '%4', '%C3%A9', 'a%2Fb', u'%41%C3%A9']:
    print repr(s), repr(urllib.unquote(s)), repr(urllib.unquote_plus(s))
print urllib.urlencode([('a', 1), ('b', 'x y'), ('c', '&=')])
print urllib.urlencode({'q': 'x'}), urllib.urlencode([('k', [1, 2]), ('s', 'ab')], True), urllib.urlencode([('k', [1, 2])])
print urllib.urlencode([('u', u'caf\xe9')], True), urllib.urlencode((('t', (1, 2)),), doseq=1)
try:
    print urllib.urlencode([('u', u'caf\xe9')])
except Exception, e:
    print type(e).__name__, e
try:
    urllib.urlencode('abc')
except TypeError, e:
    print 'TypeError', e
try:
    print urllib.quote(u'\xe9')
except Exception, e:
    print type(e).__name__, e
print urllib.quote(u'abc d'), type(urllib.quote(u'abc')).__name__, type(urllib.unquote(u'a%20')).__name__
print repr(urllib.unquote('%e9')), repr(urllib.unquote_plus('a+%e9'))
params = {'session': 'abc 123'}
print 'http://gateway/data/perspective/client/proj?' + urllib.urlencode(params)
