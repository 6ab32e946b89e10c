# uuid for the sandbox, written for it from the Python 2.7 documentation (RFC 4122 UUIDs). The random parts
# (uuid4, uuid1's node and clock sequence) come from the random module, so random.seed() reproduces them.
import hashlib as _hashlib
import random as _random
import time as _time

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'getnode', 'NAMESPACE_DNS', 'NAMESPACE_URL',
           'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT',
           'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_HEX = '0123456789abcdef'


def _from_bytes(data):
    n = 0L
    for ch in data:
        n = (n << 8) | ord(ch)
    return n


def _to_bytes(n, width):
    return ''.join([chr((n >> (8 * (width - 1 - k))) & 0xff) for k in range(width)])


class UUID(object):
    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None):
        given = [x for x in (hex, bytes, bytes_le, fields, int) if x is not None]
        if len(given) != 1:
            raise TypeError('need one of hex, bytes, bytes_le, fields, or int')
        if hex is not None:
            text = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(text) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            try:
                int = long(text, 16)
            except ValueError:
                raise ValueError('invalid literal for long() with base 16: %r' % text)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _from_bytes(bytes)
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            limits = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
                      ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))
            for value, (name, bits) in zip(fields, limits):
                if not 0 <= value < (1 << bits):
                    raise ValueError('field %d out of range (need a %d-bit value)' %
                                     ([l[0] for l in limits].index(name) + 1, bits))
            time_low, time_mid, time_hi, seq_hi, seq_low, node = fields
            int = ((long(time_low) << 96) | (long(time_mid) << 80) | (long(time_hi) << 64) |
                   (long(seq_hi) << 56) | (long(seq_low) << 48) | long(node))
        if not 0 <= int < (1 << 128):
            raise ValueError('int is out of range (need a 128-bit value)')
        int = long(int)
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int = int & ~(0xc000 << 48)
            int = int | (0x8000 << 48)
            int = int & ~(0xf000 << 64)
            int = int | (long(version) << 76)
        self.__dict__['int'] = int

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __cmp__(self, other):
        if isinstance(other, UUID):
            return cmp(self.int, other.int)
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def __repr__(self):
        return 'UUID(%r)' % str(self)

    def get_bytes(self):
        return _to_bytes(self.int, 16)

    bytes = property(get_bytes)

    def get_bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    bytes_le = property(get_bytes_le)

    def get_fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    fields = property(get_fields)

    time_low = property(lambda self: self.int >> 96)
    time_mid = property(lambda self: (self.int >> 80) & 0xffff)
    time_hi_version = property(lambda self: (self.int >> 64) & 0xffff)
    clock_seq_hi_variant = property(lambda self: (self.int >> 56) & 0xff)
    clock_seq_low = property(lambda self: (self.int >> 48) & 0xff)
    node = property(lambda self: self.int & 0xffffffffffff)
    hex = property(lambda self: '%032x' % self.int)
    urn = property(lambda self: 'urn:uuid:' + str(self))

    def get_time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low)

    time = property(get_time)

    def get_clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    clock_seq = property(get_clock_seq)

    def get_variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    variant = property(get_variant)

    def get_version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)
        return None

    version = property(get_version)

    get_hex = lambda self: self.hex
    get_urn = lambda self: self.urn


def _randbits(bits):
    n = 0L
    for k in range(0, bits, 16):
        n = (n << 16) | _random.randrange(65536)
    return n >> ((16 - bits % 16) % 16)


_node = []


def getnode():
    """A random 48-bit node with the multicast bit set (the sandbox has no hardware address)."""
    if not _node:
        _node.append(_randbits(48) | 0x010000000000L)
    return _node[0]


_last_timestamp = [None]


def uuid1(node=None, clock_seq=None):
    nanoseconds = long(_time.time() * 1e9)
    timestamp = nanoseconds // 100 + 0x01b21dd213814000L
    if _last_timestamp[0] is not None and timestamp <= _last_timestamp[0]:
        timestamp = _last_timestamp[0] + 1
    _last_timestamp[0] = timestamp
    if clock_seq is None:
        clock_seq = _randbits(14)
    time_low = timestamp & 0xffffffffL
    time_mid = (timestamp >> 32) & 0xffffL
    time_hi_version = (timestamp >> 48) & 0x0fffL
    clock_seq_low = clock_seq & 0xffL
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3fL
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node),
                version=1)


def uuid3(namespace, name):
    return UUID(bytes=_hashlib.md5(namespace.bytes + name).digest()[:16], version=3)


def uuid4():
    return UUID(int=_randbits(128), version=4)


def uuid5(namespace, name):
    return UUID(bytes=_hashlib.sha1(namespace.bytes + name).digest()[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
