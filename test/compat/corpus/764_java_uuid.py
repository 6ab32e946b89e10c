from java.util import UUID
u = UUID.randomUUID()
s = str(u)
print len(s), s.count("-"), u.version(), u.variant()
print UUID.randomUUID() != u
v = UUID.fromString("123e4567-e89b-12d3-a456-426614174000")
print v, v.version(), v.toString() == str(v)
print v == UUID.fromString("123E4567-E89B-12D3-A456-426614174000")
print UUID.nameUUIDFromBytes("billy"), UUID.nameUUIDFromBytes("billy").version()
print v.getMostSignificantBits(), v.getLeastSignificantBits()
