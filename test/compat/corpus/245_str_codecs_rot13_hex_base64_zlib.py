# The str-to-str codecs of Python 2: rot13, hex, base64 and zlib through str.encode / str.decode.
def show(f):
    try:
        print repr(f())
    except Exception, e:
        print '%s: %s' % (type(e).__name__, e)
show(lambda: 'Hello'.encode('rot13'))
show(lambda: 'Uryyb'.decode('rot_13'))
show(lambda: u'Hello'.encode('rot13'))
show(lambda: 'hi\xff'.encode('hex'))
show(lambda: '6869ff'.decode('hex'))
show(lambda: 'abc'.decode('hex'))
show(lambda: 'hello world'.encode('base64'))
show(lambda: 'aGVsbG8gd29ybGQ=\n'.decode('base64'))
show(lambda: ('x' * 60).encode('base64'))
show(lambda: 'hello'.encode('zlib').decode('zlib'))
show(lambda: 'hello'.encode('zlib'))
show(lambda: 'hello'.encode('base64_codec'))
show(lambda: 'hello'.encode('hex_codec'))
show(lambda: 'x'.encode('nope'))
show(lambda: u'\xe9'.encode('hex'))
token = 'session-42:operator'
packed = token.encode('zlib').encode('base64')
print repr(packed.decode('base64').decode('zlib')), packed.count('\n')
show(lambda: '6869zz'.decode('hex'))
