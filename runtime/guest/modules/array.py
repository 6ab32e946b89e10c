# array for the sandbox (issue 14): typed arrays of numbers and characters, written from the Python 2.7
# documentation and checked against Jython 2.7 (its type codes, item sizes, messages, and its big-endian
# tostring/fromstring byte order; 'l' and 'L' are 8-byte and hold longs). Java classes as type codes are not
# available.
import struct as _struct

__all__ = ['array', 'ArrayType']

# typecode: (item size, struct code, name in messages, minimum, maximum); None bounds for floats and characters.
_KINDS = {
    'b': (1, 'b', 'signed byte', -128, 127),
    'B': (1, 'B', 'unsigned byte', 0, 255),
    'h': (2, 'h', 'signed short integer', -32768, 32767),
    'H': (2, 'H', 'unsigned short integer', 0, 65535),
    'i': (4, 'i', 'signed int', -2147483648, 2147483647),
    'I': (4, 'I', 'unsigned int', 0, 4294967295),
    'l': (8, 'q', 'signed long', -9223372036854775808, 9223372036854775807),
    'L': (8, 'Q', 'unsigned long', 0, 18446744073709551615),
    'f': (4, 'f', 'float', None, None),
    'd': (8, 'd', 'double', None, None),
    'c': (1, None, 'char', None, None),
    'u': (4, None, 'unicode character', None, None),
}


def _check(typecode, value):
    """value as stored in an array of typecode, or TypeError/OverflowError."""
    size, code, name, lo, hi = _KINDS[typecode]
    if typecode in 'fd':
        if not isinstance(value, (int, long, float)):
            raise TypeError('a float is required')
        value = float(value)
        if typecode == 'f':
            value = _struct.unpack('>f', _struct.pack('>f', value))[0]
        return value
    if typecode == 'c':
        if not isinstance(value, basestring) or len(value) != 1:
            raise TypeError('array item must be char')
        return str(value)
    if typecode == 'u':
        if not isinstance(value, unicode) or len(value) != 1:
            raise TypeError('array item must be unicode character')
        return value
    if not isinstance(value, (int, long)):
        raise TypeError('array item must be %s' % name)
    if value > hi:
        raise OverflowError('%s array value is more than maximum' % name)
    if value < lo:
        raise OverflowError('%s array value is less than minimum' % name)
    if typecode in 'lL':
        return long(value)
    if typecode == 'I':
        return value
    return int(value)


class array(object):
    """array(typecode[, initializer]): a list of items of one C type."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or typecode not in _KINDS:
            raise ValueError('typecode must be b, B, h, H, i, I, l, L, f, d, c, u, z or a Java class')
        self.typecode = typecode
        self.itemsize = _KINDS[typecode][0]
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, unicode) and typecode == 'u':
            self.fromunicode(initializer)
        elif isinstance(initializer, str):
            self.fromstring(initializer)
        elif isinstance(initializer, array):
            self.extend(initializer)
        else:
            self.fromlist(list(initializer))

    def _new(self, items):
        result = array(self.typecode)
        result._items = items
        return result

    def _same_kind(self, other):
        return isinstance(other, array) and other.typecode == self.typecode

    # -- list-like methods ----------------------------------------------------------------------------------
    def append(self, x):
        self._items.append(_check(self.typecode, x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        self.fromlist(list(iterable))

    def fromlist(self, items):
        checked = [_check(self.typecode, x) for x in items]
        self._items.extend(checked)

    def insert(self, i, x):
        self._items.insert(i, _check(self.typecode, x))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, x):
        if x not in self._items:
            raise ValueError('array.remove(%s): %s not found in array' % (x, x))
        self._items.remove(x)

    def index(self, x):
        if x not in self._items:
            raise ValueError('array.index(%s): %s not found in array' % (x, x))
        return self._items.index(x)

    def count(self, x):
        return self._items.count(x)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    # -- bytes and text ---------------------------------------------------------------------------------------
    def _format(self, n):
        return '>%d%s' % (n, _KINDS[self.typecode][1])

    def tostring(self):
        """The items as bytes, big-endian (as Jython writes them)."""
        if self.typecode == 'c':
            return ''.join(self._items)
        if self.typecode == 'u':
            return _struct.pack('>%dI' % len(self._items), *[ord(c) for c in self._items])
        return _struct.pack(self._format(len(self._items)), *self._items)

    def fromstring(self, s):
        if len(s) % self.itemsize:
            raise ValueError('data length not a multiple of item size')
        if self.typecode == 'c':
            self._items.extend(list(s))
            return
        n = len(s) // self.itemsize
        if self.typecode == 'u':
            self._items.extend(unichr(c) for c in _struct.unpack('>%dI' % n, s))
            return
        values = _struct.unpack(self._format(n), s)
        self._items.extend(_check(self.typecode, v) for v in values)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError("tounicode() may only be called on type 'u' arrays")
        return u''.join(self._items)

    def fromunicode(self, s):
        if self.typecode != 'u':
            raise ValueError("fromunicode() may only be called on type 'u' arrays")
        self._items.extend(list(s))

    def byteswap(self):
        if self.itemsize == 1 or self.typecode == 'u':
            return
        data = self.tostring()
        size = self.itemsize
        swapped = ''.join(data[k:k + size][::-1] for k in range(0, len(data), size))
        self._items = []
        self.fromstring(swapped)

    # -- sequence protocol ---------------------------------------------------------------------------------------
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        if not -len(self._items) <= index < len(self._items):
            raise IndexError('index out of range: %d' % index)
        return self._items[index]

    def __getslice__(self, i, j):
        return self._new(self._items[max(0, i):max(0, j)])

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            self._items[index] = value._items
            return
        if not -len(self._items) <= index < len(self._items):
            raise IndexError('index out of range: %d' % index)
        self._items[index] = _check(self.typecode, value)

    def __setslice__(self, i, j, value):
        self.__setitem__(slice(max(0, i), max(0, j)), value)

    def __delitem__(self, index):
        del self._items[index]

    def __delslice__(self, i, j):
        del self._items[max(0, i):max(0, j)]

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other.typecode != self.typecode:
            raise TypeError("bad argument types for built-in operation: ('%s', '%s')" % (self.typecode, other.typecode))
        return self._new(self._items + other._items)

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, array):
            return False
        return self._items == other._items

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return isinstance(other, array) and self._items < other._items

    def __le__(self, other):
        return isinstance(other, array) and self._items <= other._items

    def __gt__(self, other):
        return isinstance(other, array) and self._items > other._items

    def __ge__(self, other):
        return isinstance(other, array) and self._items >= other._items

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        if self.typecode == 'c':
            return "array('c', %r)" % ''.join(self._items)
        if self.typecode == 'u':
            return "array('u', %r)" % u''.join(self._items)
        return 'array(%r, %r)' % (self.typecode, self._items)

    __str__ = __repr__

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return (array, (self.typecode, self._items))


ArrayType = array
