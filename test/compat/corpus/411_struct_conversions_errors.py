# struct: Jython's conversions and errors for out-of-range and wrong-type values
import struct
for args in [('i', 5L), ('h', 5L), ('I', 1.5), ('Q', 1.5), ('q', 2**70), ('I', 2**40), ('L', -1), ('q', -1.5), ('i', 2**31), ('i', True), ('c', 'ab'), ('c', 1), ('f', 1), ('f', 'x'), ('d', 2L), ('i', None), ('B', -1)]:
    try: print args, repr(struct.pack(*args))
    except Exception, e: print type(e).__name__, e
print struct.unpack('l', struct.pack('l', -7)), struct.unpack('b', '\xff'), struct.unpack('f', struct.pack('f', 0.1))
print struct.unpack('>2s3x', 'abcde'), repr(struct.pack('xH', 1)), struct.calcsize('xH'), struct.calcsize('bq')
try: struct.unpack('i', 'abcde')
except struct.error, e: print e
try: struct.unpack_from('i', 'ab', 0)
except struct.error, e: print e
