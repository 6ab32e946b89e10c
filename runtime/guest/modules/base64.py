# base64 for the sandbox, written for it from the Python 2.7 documentation (RFC 3548 encodings).
import binascii

__all__ = ['encode', 'decode', 'encodestring', 'decodestring', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def _swap(s, pairs):
    for a, b in pairs:
        s = s.replace(a, '\0').replace(b, a).replace('\0', b)
    return s


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s)[:-1]
    if altchars is not None:
        encoded = encoded.replace('+', altchars[0]).replace('/', altchars[1])
    return encoded


def b64decode(s, altchars=None):
    if altchars is not None:
        s = s.replace(altchars[0], '+').replace(altchars[1], '/')
    try:
        return binascii.a2b_base64(s)
    except binascii.Error, msg:
        raise TypeError(msg)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, '-_')


def urlsafe_b64decode(s):
    return b64decode(s, '-_')


def b32encode(s):
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = 0
        for c in chunk + '\0' * (5 - len(chunk)):
            n = (n << 8) | ord(c)
        chars = [_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out.append(''.join(chars[:used]) + '=' * (8 - used))
    return ''.join(out)


def b32decode(s, casefold=False, map01=None):
    if map01 is not None:
        s = s.replace('0', 'O').replace('1', map01)
    if casefold:
        s = s.upper()
    if len(s) % 8:
        raise TypeError('Incorrect padding')
    out = []
    for i in range(0, len(s), 8):
        chunk = s[i:i + 8]
        stripped = chunk.rstrip('=')
        n = 0
        for c in stripped + 'A' * (8 - len(stripped)):
            if c not in _B32:
                raise TypeError('Non-base32 digit found')
            n = (n << 5) | _B32.index(c)
        data = ''.join([chr((n >> (32 - 8 * k)) & 255) for k in range(5)])
        keep = {8: 5, 7: 4, 5: 3, 4: 2, 2: 1, 0: 0}.get(len(stripped))
        if keep is None:
            raise TypeError('Incorrect padding')
        out.append(data[:keep])
    return ''.join(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    if casefold:
        s = s.upper()
    for c in s:
        if c not in '0123456789ABCDEF':
            raise TypeError('Non-base16 digit found')
    return binascii.unhexlify(s)


def encodestring(s):
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(binascii.b2a_base64(s[i:i + 57]))
    return ''.join(pieces)


def decodestring(s):
    return binascii.a2b_base64(s)


def encode(input, output):
    output.write(encodestring(input.read()))


def decode(input, output):
    output.write(decodestring(input.read()))
