import uuid
import random

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print repr(u), u
print u.int, u.version, u.variant
print u.fields
print repr(u.bytes), repr(u.bytes_le)
print u.hex, u.urn
print u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node
print u.time, u.clock_seq
for text in ['12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678']:
    print uuid.UUID(text) == u
print uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u
print uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u
print uuid.UUID(int=1), uuid.UUID(int=1) < u, str(uuid.UUID(int=0))
for bad in ['xyz', '12345678-1234-5678-1234-56781234567g']:
    try:
        uuid.UUID(bad)
    except ValueError, e:
        print 'ValueError:', e

print uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
print uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
print uuid.uuid5(uuid.NAMESPACE_URL, 'http://gateway/project/page')
print uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500
print uuid.RFC_4122, '|', uuid.RESERVED_NCS, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE

# random and time-based ids change every run: check their shape
import re
shape = re.compile(r'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
a, b = uuid.uuid4(), uuid.uuid4()
print a != b, a.version, a.variant, bool(shape.match(str(a))), str(a)[14]
t = uuid.uuid1()
print t.version, t.variant, bool(shape.match(str(t))), str(t)[14]
print uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc
print uuid.uuid1(clock_seq=0x1234).clock_seq == 0x1234
ids = set([str(uuid.uuid4()) for i in range(20)])
print len(ids)
d = {u: 'row'}
print d[uuid.UUID(str(u))]
try:
    u.foo = 1
except TypeError, e:
    print 'TypeError:', e
