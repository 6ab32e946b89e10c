# struct for the sandbox, written for it from the Python 2.7 documentation and Jython 2.7's behaviour
# (experiments): Jython's native mode is big-endian with standard sizes and native alignment, it has no '?',
# and it wraps out-of-range integers instead of refusing them. IEEE floats come from _psstruct.
import _psstruct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'Struct', 'error']


class error(Exception):
    pass


_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8,
          'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_SIGNED = 'bhilq'
_LONG_RESULT = 'ILqQP'


def _parse(fmt):
    """(little_endian, aligned, [(code, count)]) for a format string."""
    if not isinstance(fmt, basestring):
        raise error('argument 1 must be string, not %s' % type(fmt).__name__)
    little, aligned, i = False, True, 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        little = fmt[0] == '<'
        aligned = fmt[0] == '@'
        i = 1
    items = []
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        while c.isdigit():
            count = (count or 0) * 10 + int(c)
            i += 1
            if i >= len(fmt):
                raise error('repeat count given without format specifier')
            c = fmt[i]
        if c not in _SIZES:
            raise error('bad char in struct format')
        items.append((c, 1 if count is None else count))
        i += 1
    return little, aligned, items


def _layout(fmt):
    little, aligned, items = _parse(fmt)
    size = 0
    plan = []
    for code, count in items:
        width = _SIZES[code]
        if aligned and code not in 'xcsp' and size % width:
            size += width - size % width
        if code in 'sp':
            plan.append((code, count, size))
            size += count
        else:
            for k in range(count):
                plan.append((code, 1, size))
                size += width
    return little, plan, size


def calcsize(fmt):
    return _layout(fmt)[2]


def _bytes_of(n, width, little):
    out = []
    for k in range(width):
        out.append(chr(n & 0xff))
        n >>= 8
    if not little:
        out.reverse()
    return ''.join(out)


def _integer(code, value):
    if isinstance(value, float):
        value = long(value)
    if not isinstance(value, (int, long)):
        raise error('required argument is not an integer')
    if code in 'bBhHil' and not -2147483648 <= value <= 2147483647:
        raise error('required argument is not an integer')
    if code == 'q' and not -(1 << 63) <= value < (1 << 63):
        raise error('long int too long to convert')
    if code in 'QP':
        if value < 0:
            raise error("can't convert negative long to unsigned")
        if value >= 1 << 64:
            raise error('long int too long to convert')
    return value


def _pack_one(code, count, value, little):
    if code == 'c':
        if not isinstance(value, str) or len(value) != 1:
            raise error('char format require string of length 1')
        return value
    if code in 'sp':
        if not isinstance(value, str):
            raise error("argument for '%s' must be a string" % code)
        if code == 's':
            return value[:count] + '\x00' * (count - len(value[:count]))
        n = min(len(value), count - 1, 255)
        if count == 0:
            return ''
        return chr(max(n, 0)) + value[:n] + '\x00' * (count - 1 - n)
    if code in 'fd':
        if not isinstance(value, (int, long, float)):
            raise TypeError('a float is required')
        return _psstruct.pack_float(float(value), _SIZES[code], little)
    width = _SIZES[code]
    return _bytes_of(_integer(code, value) & ((1 << (8 * width)) - 1), width, little)


def pack(fmt, *values):
    little, plan, size = _layout(fmt)
    needed = len([p for p in plan if p[0] != 'x'])
    if len(values) < needed:
        raise error('insufficient arguments to pack')
    if len(values) > needed:
        raise error('too many arguments for pack format')
    out = []
    pos = 0
    vi = 0
    for code, count, offset in plan:
        if offset > pos:
            out.append('\x00' * (offset - pos))
            pos = offset
        if code == 'x':
            out.append('\x00')
            pos += 1
            continue
        piece = _pack_one(code, count, values[vi], little)
        vi += 1
        out.append(piece)
        pos += len(piece)
    return ''.join(out)


def _unpack_at(fmt, data, start, what):
    little, plan, size = _layout(fmt)
    if not isinstance(data, str):
        raise error('%s requires a string argument' % what)
    if what == 'unpack' and len(data) != size or what == 'unpack_from' and len(data) - start < size:
        raise error('%s str size does not match format' % what)
    result = []
    for code, count, offset in plan:
        at = start + offset
        if code == 'x':
            continue
        if code == 'c':
            result.append(data[at])
        elif code == 's':
            result.append(data[at:at + count])
        elif code == 'p':
            n = min(ord(data[at]), count - 1) if count else 0
            result.append(data[at + 1:at + 1 + n])
        elif code in 'fd':
            result.append(_psstruct.unpack_float(data[at:at + _SIZES[code]], little))
        else:
            width = _SIZES[code]
            chunk = data[at:at + width]
            if little:
                chunk = chunk[::-1]
            n = 0L
            for ch in chunk:
                n = (n << 8) | ord(ch)
            if code in _SIGNED and n >= 1 << (8 * width - 1):
                n -= 1 << (8 * width)
            result.append(long(n) if code in _LONG_RESULT else int(n))
    return tuple(result)


def unpack(fmt, data):
    return _unpack_at(fmt, data, 0, 'unpack')


def unpack_from(fmt, buffer, offset=0):
    return _unpack_at(fmt, buffer, offset, 'unpack_from')


def pack_into(fmt, buffer, offset, *values):
    raise TypeError('pack_into needs a writable buffer, which the sandbox does not have')


class Struct(object):
    def __init__(self, format):
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, data):
        return unpack(self.format, data)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)
