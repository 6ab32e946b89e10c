import base64

print base64.b32encode('hello')
print base64.b32decode('NBSWY3DP')
print base64.b16encode('\x01\xab')
print repr(base64.b16decode('01AB'))
try:
    base64.b64decode('abc')
except TypeError, e:
    print 'TypeError', e
