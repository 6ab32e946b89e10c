# hmac for the sandbox, written for it from RFC 2104 and the Python 2.7 documentation.
import hashlib

digest_size = None


def _translate(key, value):
    return ''.join([chr(ord(c) ^ value) for c in key])


class HMAC(object):
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=None):
        if digestmod is None:
            digestmod = hashlib.md5
        if isinstance(digestmod, basestring):
            name = digestmod
            digestmod = lambda d='': hashlib.new(name, d)
        elif hasattr(digestmod, 'new') and not callable(digestmod):
            digestmod = digestmod.new
        self.digest_cons = digestmod
        self.outer = digestmod()
        self.inner = digestmod()
        self.digest_size = self.inner.digest_size
        blocksize = getattr(self.inner, 'block_size', 64)
        if isinstance(key, unicode):
            key = key.encode('ascii')
        if len(key) > blocksize:
            key = digestmod(key).digest()
        key = key + chr(0) * (blocksize - len(key))
        self.outer.update(_translate(key, 0x5C))
        self.inner.update(_translate(key, 0x36))
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        self.inner.update(msg)

    def copy(self):
        other = object.__new__(HMAC)
        other.digest_cons = self.digest_cons
        other.digest_size = self.digest_size
        other.inner = self.inner.copy()
        other.outer = self.outer.copy()
        return other

    def digest(self):
        outer = self.outer.copy()
        outer.update(self.inner.digest())
        return outer.digest()

    def hexdigest(self):
        return ''.join(['%02x' % ord(c) for c in self.digest()])


def new(key, msg=None, digestmod=None):
    return HMAC(key, msg, digestmod)


def compare_digest(a, b):
    if len(a) != len(b):
        return False
    result = 0
    for x, y in zip(a, b):
        result |= ord(x) ^ ord(y)
    return result == 0
