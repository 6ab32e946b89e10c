import zlib

payload = 'sensor,' * 50
packed = zlib.compress(payload)
print len(payload), len(packed) < len(payload)
print zlib.decompress(packed) == payload
print zlib.crc32('abc'), zlib.adler32('abc')
print repr(zlib.compress('aaaa'))
print repr(zlib.compress('hello', 9))
try:
    zlib.decompress('not compressed')
except zlib.error:
    print 'zlib.error'
