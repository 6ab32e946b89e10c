import base64

raw = 'user:password'
token = base64.b64encode(raw)
print token
print base64.b64decode(token)
print 'Basic ' + base64.standard_b64encode('admin:admin')
print base64.urlsafe_b64encode('\xfb\xff\xbf'), base64.b64encode('\xfb\xff\xbf')
print base64.urlsafe_b64decode('-_-_')  == '\xfb\xff\xbf'
print repr(base64.encodestring('hello'))
print base64.decodestring('aGVsbG8=\n')
