# hashlib for the sandbox, written for it from the Python 2.7 documentation; digests come from _pshash
# (@noble/hashes).
import _pshash
import binascii

algorithms = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')
_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128)}


class _Hash(object):
    def __init__(self, name, data=''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self.digestsize = self.digest_size
        self._parts = []
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, unicode):
            data = data.encode('ascii')
        elif not isinstance(data, str):
            raise TypeError('must be string or buffer, not %s' % type(data).__name__)
        self._parts.append(data)

    def digest(self):
        data = ''.join(self._parts)
        self._parts = [data]
        return _pshash.digest(self.name, data)

    def hexdigest(self):
        return binascii.hexlify(self.digest())

    def copy(self):
        other = _Hash(self.name)
        other._parts = list(self._parts)
        return other

    def __repr__(self):
        return '<%s HASH object @ 0x1>' % self.name


def new(name, string=''):
    key = name.lower()
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, string)


def md5(string=''):
    return _Hash('md5', string)


def sha1(string=''):
    return _Hash('sha1', string)


def sha224(string=''):
    return _Hash('sha224', string)


def sha256(string=''):
    return _Hash('sha256', string)


def sha384(string=''):
    return _Hash('sha384', string)


def sha512(string=''):
    return _Hash('sha512', string)
