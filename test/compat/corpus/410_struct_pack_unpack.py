# struct: packing a PLC register block and reading it back (Jython's native mode: big-endian, aligned)
import struct
print repr(struct.pack('b', 300)), repr(struct.pack('B', 256)), repr(struct.pack('h', 70000))
for f in ['b','B','h','H','i','I','l','L','q','Q','f','d','c','s','5s','p','x']:
    print f, struct.calcsize(f), struct.calcsize('<'+f),
print
print repr(struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -5, 2**64-1))
print struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -5, 2**64-1))
print repr(struct.pack('>fd', 1.5, -0.1)), struct.unpack('>fd', struct.pack('>fd', 1.5, -0.1))
print repr(struct.pack('!I', 1)), repr(struct.pack('=H', 1)), repr(struct.pack('@H', 1))
print repr(struct.pack('3s2sp', 'abcdef', 'x', 'hi')), struct.unpack('3s2s', 'abcde')
print 1
print repr(struct.pack('ci', 'a', 1)), struct.calcsize('ci'), struct.calcsize('ic')
s = struct.Struct('<IH'); print s.size, s.format, s.unpack(s.pack(7, 8)), s.unpack_from('xx' + s.pack(1,2), 2)
print struct.unpack_from('<H', 'abcd', 1)
for args in [('i',), ('i', 1, 2), ('s', 1), ('I', -1), ('H', -1), ('Q', -1), ('z',), ('i', 1.5), ('h', 2**40), ('<B', 256)]:
    try: print repr(struct.pack(*args))
    except Exception, e: print type(e).__name__, e
print repr(struct.pack('2i', 1, 2)), struct.unpack('<2h', '\x01\x00\x02\x00')
print repr(struct.pack('>l', -1)), struct.unpack('>L', '\xff\xff\xff\xff'), struct.unpack('<q', '\xff'*8)
print struct.unpack('>i', '\x00\x00\x00\x05'), type(struct.unpack('>i', '\x00\x00\x00\x05')[0]), type(struct.unpack('>I', '\x00\x00\x00\x05')[0]), type(struct.unpack('>H', '\x00\x05')[0])
