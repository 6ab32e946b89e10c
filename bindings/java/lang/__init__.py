"""java.lang as Jython shows it: the exception classes, Integer/Long/Double/Float/Boolean, String.format,
Math, System and Thread. Java exceptions derive from Throwable, which is outside Python's Exception, so
`except Exception:` does not catch them (as in Jython); `except java.lang.Exception:` does."""
import math as _math
import time as _time
import sys as _sys
import _psjava

_PyBaseException = BaseException
_PyException = Exception


class Class(object):
    """What getClass() returns: the Java name of a shim class."""

    def __init__(self, cls):
        self._cls = cls

    def getName(self):
        return u'%s.%s' % (self._cls.__module__, self._cls.__name__)

    def getSimpleName(self):
        return unicode(self._cls.__name__)

    def toString(self):
        return u'class ' + self.getName()

    def __str__(self):
        return str(self.toString())

    __repr__ = __str__


class Object(object):
    """java.lang.Object: the base of the shims that are not exceptions. str() and repr() are toString()."""

    def getClass(self):
        return Class(type(self))

    def toString(self):
        return u'%s@%x' % (self.getClass().getName(), self.hashCode() & 0xffffffff)

    def hashCode(self):
        return id(self) & 0x7fffffff

    def equals(self, other):
        return self is other

    def __str__(self):
        text = self.toString()
        return text.encode('utf-8') if isinstance(text, unicode) else text

    def __repr__(self):
        return self.__str__()


class Throwable(_PyBaseException):
    """java.lang.Throwable(message=None, cause=None) or Throwable(cause)."""

    def __init__(self, *args):
        _PyBaseException.__init__(self)
        message, cause = None, None
        if len(args) == 1 and isinstance(args[0], Throwable):
            cause = args[0]
            message = cause.toString()
        elif len(args) == 1:
            message = args[0]
        elif len(args) == 2:
            message, cause = args
        elif len(args) > 2:
            raise TypeError('%s: expected 0-2 args; got %d' % (type(self).__name__, len(args)))
        if isinstance(message, str):
            message = message.decode('utf-8')
        self._message = message
        self._cause = cause

    def getMessage(self):
        return self._message

    def getLocalizedMessage(self):
        return self.getMessage()

    @property
    def message(self):
        return self.getMessage()

    def getCause(self):
        return self._cause

    def initCause(self, cause):
        self._cause = cause
        return self

    def getClass(self):
        return Class(type(self))

    def toString(self):
        name = self.getClass().getName()
        message = self.getLocalizedMessage()
        return name if message is None else u'%s: %s' % (name, message)

    def printStackTrace(self):
        _sys.stderr.write(_psjava.java_str(self.toString()).encode('utf-8') + '\n')

    def getStackTrace(self):
        return []

    def __str__(self):
        text = self.toString()
        return text.encode('utf-8') if isinstance(text, unicode) else text

    def __repr__(self):
        return self.__str__()

    def __unicode__(self):
        return self.toString()


class Exception(Throwable):
    pass


class Error(Throwable):
    pass


class RuntimeException(Exception):
    pass


class IllegalArgumentException(RuntimeException):
    pass


class IllegalStateException(RuntimeException):
    pass


class NumberFormatException(IllegalArgumentException):
    pass


class NullPointerException(RuntimeException):
    pass


class ArithmeticException(RuntimeException):
    pass


class IndexOutOfBoundsException(RuntimeException):
    pass


class ArrayIndexOutOfBoundsException(IndexOutOfBoundsException):
    pass


class StringIndexOutOfBoundsException(IndexOutOfBoundsException):
    pass


class UnsupportedOperationException(RuntimeException):
    pass


class ClassCastException(RuntimeException):
    pass


class InterruptedException(Exception):
    pass


def _number_format(text, radix=10):
    return NumberFormatException(u'For input string: "%s"%s' % (
        _psjava.java_str(text), u'' if radix == 10 else u' under radix %d' % radix))


def _parse_integral(text, radix, low, high):
    if text is None:
        raise NumberFormatException(u'Cannot parse null string: null')
    s = _psjava.java_str(text)
    body = s[1:] if s[:1] in (u'+', u'-') else s
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:radix]
    if not body or any(c.lower() not in digits for c in body):
        raise _number_format(s, radix)
    value = int(body, radix)
    if s[:1] == u'-':
        value = -value
    if not low <= value <= high:
        raise _number_format(s, radix)
    return value


def _to_unsigned(value, bits):
    return value & ((1 << bits) - 1)


def _radix_string(value, radix):
    if value == 0:
        return u'0'
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    negative = value < 0
    value = abs(value)
    out = []
    while value:
        out.append(digits[value % radix])
        value //= radix
    return (u'-' if negative else u'') + u''.join(reversed(out))


def _parse_double(text):
    s = _psjava.java_str(text).strip()
    body = s[:-1] if s[-1:] in (u'd', u'D', u'f', u'F') else s
    if body in (u'NaN', u'+NaN', u'-NaN'):
        return float('nan')
    if body in (u'Infinity', u'+Infinity'):
        return float('inf')
    if body == u'-Infinity':
        return float('-inf')
    if body.lower().replace('e', '').replace('.', '').replace('+', '').replace('-', '').isdigit() and 'inf' not in body.lower():
        try:
            return float(body)
        except ValueError:
            pass
    raise NumberFormatException(u'For input string: "%s"' % s if s else u'empty String')


class _Integral(Object):
    """What java.lang.Integer and Long share: Java's static methods over SIZE bits, values of type _type."""

    def __new__(cls, value):
        return cls.valueOf(value)

    @classmethod
    def _parse(cls, text, radix=10):
        return cls._type(_parse_integral(text, radix, cls.MIN_VALUE, cls.MAX_VALUE))

    @classmethod
    def valueOf(cls, value, radix=10):
        if isinstance(value, basestring):
            return cls._parse(value, radix)
        return cls._type(value)

    @classmethod
    def toString(cls, value, radix=10):
        return _radix_string(cls._type(value), radix)

    @classmethod
    def toHexString(cls, value):
        return _radix_string(_to_unsigned(value, cls.SIZE), 16)

    @classmethod
    def toBinaryString(cls, value):
        return _radix_string(_to_unsigned(value, cls.SIZE), 2)

    @classmethod
    def toOctalString(cls, value):
        return _radix_string(_to_unsigned(value, cls.SIZE), 8)

    @staticmethod
    def max(a, b):
        return a if a >= b else b

    @staticmethod
    def min(a, b):
        return a if a <= b else b

    @staticmethod
    def signum(value):
        return (value > 0) - (value < 0)

    @staticmethod
    def compare(a, b):
        return (a > b) - (a < b)


class Integer(_Integral):
    MAX_VALUE = 2147483647
    MIN_VALUE = -2147483648
    SIZE = 32
    BYTES = 4
    _type = int

    @classmethod
    def parseInt(cls, text, radix=10):
        return cls._parse(text, radix)

    @staticmethod
    def sum(a, b):
        return Integer._wrap(a + b)

    @staticmethod
    def bitCount(value):
        return bin(_to_unsigned(value, 32)).count('1')

    @staticmethod
    def reverse(value):
        bits = bin(_to_unsigned(value, 32))[2:].rjust(32, '0')
        return Integer._wrap(int(bits[::-1], 2))

    @staticmethod
    def highestOneBit(value):
        u = _to_unsigned(value, 32)
        return 0 if u == 0 else Integer._wrap(1 << (len(bin(u)) - 3))

    @staticmethod
    def _wrap(value):
        value = _to_unsigned(value, 32)
        return int(value - (1 << 32) if value >= 1 << 31 else value)


class Long(_Integral):
    MAX_VALUE = 9223372036854775807L
    MIN_VALUE = -9223372036854775808L
    SIZE = 64
    BYTES = 8
    _type = long

    @classmethod
    def parseLong(cls, text, radix=10):
        return cls._parse(text, radix)


class Double(Object):
    MAX_VALUE = 1.7976931348623157e308
    MIN_VALUE = 5e-324
    POSITIVE_INFINITY = float('inf')
    NEGATIVE_INFINITY = float('-inf')
    NaN = float('nan')
    SIZE = 64

    def __new__(cls, value):
        return Double.valueOf(value)

    @staticmethod
    def parseDouble(text):
        return _parse_double(text)

    @staticmethod
    def valueOf(value):
        if isinstance(value, basestring):
            return _parse_double(value)
        return float(value)

    @staticmethod
    def toString(value):
        return _psjava.double_to_string(float(value))

    @staticmethod
    def isNaN(value):
        return value != value

    @staticmethod
    def isInfinite(value):
        return value in (float('inf'), float('-inf'))

    @staticmethod
    def isFinite(value):
        return not Double.isNaN(value) and not Double.isInfinite(value)

    @staticmethod
    def compare(a, b):
        return (a > b) - (a < b)

    @staticmethod
    def max(a, b):
        return float(a if a >= b else b)

    @staticmethod
    def min(a, b):
        return float(a if a <= b else b)

    @staticmethod
    def sum(a, b):
        return float(a + b)


class Float(Double):
    MAX_VALUE = 3.4028234663852886e38
    MIN_VALUE = 1.401298464324817e-45

    @staticmethod
    def parseFloat(text):
        return _parse_double(text)

    @staticmethod
    def valueOf(value):
        return Double.valueOf(value)


class Boolean(Object):
    TRUE = True
    FALSE = False

    def __new__(cls, value):
        return Boolean.valueOf(value)

    @staticmethod
    def parseBoolean(text):
        return text is not None and _psjava.java_str(text).lower() == u'true'

    @staticmethod
    def valueOf(value):
        if isinstance(value, basestring):
            return Boolean.parseBoolean(value)
        return bool(value)

    @staticmethod
    def toString(value):
        return u'true' if value else u'false'


class Math(Object):
    PI = _math.pi
    E = _math.e

    @staticmethod
    def abs(x):
        return abs(x)

    @staticmethod
    def max(a, b):
        if isinstance(a, float) or isinstance(b, float):
            return float(a if a >= b else b)
        return a if a >= b else b

    @staticmethod
    def min(a, b):
        if isinstance(a, float) or isinstance(b, float):
            return float(a if a <= b else b)
        return a if a <= b else b

    @staticmethod
    def sqrt(x):
        return _math.sqrt(x) if x >= 0 else float('nan')

    @staticmethod
    def cbrt(x):
        root = abs(x) ** (1.0 / 3)
        near = round(root)
        if near ** 3 == abs(x):
            root = float(near)
        return root if x >= 0 else -root

    @staticmethod
    def floor(x):
        return float(_math.floor(x))

    @staticmethod
    def ceil(x):
        return float(_math.ceil(x))

    @staticmethod
    def round(x):
        return long(_math.floor(x + 0.5))

    @staticmethod
    def rint(x):
        f = _math.floor(x)
        diff = x - f
        if diff > 0.5 or (diff == 0.5 and f % 2 == 1):
            f += 1
        return float(f)

    @staticmethod
    def signum(x):
        return float((x > 0) - (x < 0))

    @staticmethod
    def floorDiv(a, b):
        if b == 0:
            raise ArithmeticException(u'/ by zero')
        return a // b

    @staticmethod
    def floorMod(a, b):
        if b == 0:
            raise ArithmeticException(u'/ by zero')
        return a % b

    @staticmethod
    def random():
        # Imported at first use: `random` seeds a generator, which would cost every `import java.lang` ~6 ms.
        import random
        return random.random()


# Java's Math functions that are Python's math functions under the same or another name.
for _java, _python in (('pow', 'pow'), ('log', 'log'), ('log10', 'log10'), ('exp', 'exp'), ('sin', 'sin'),
                       ('cos', 'cos'), ('tan', 'tan'), ('asin', 'asin'), ('acos', 'acos'), ('atan', 'atan'),
                       ('atan2', 'atan2'), ('toDegrees', 'degrees'), ('toRadians', 'radians'), ('hypot', 'hypot')):
    setattr(Math, _java, staticmethod(getattr(_math, _python)))
del _java, _python


class System(Object):
    @staticmethod
    def currentTimeMillis():
        return _psjava.now_millis()

    @staticmethod
    def nanoTime():
        return long(_time.time() * 1000000) * 1000

    @staticmethod
    def lineSeparator():
        return u'\n'

    @staticmethod
    def getProperty(key, default=None):
        return {u'line.separator': u'\n', u'user.timezone': _psjava._psenv.default_timezone()}.get(key, default)


class Thread(Object):
    @staticmethod
    def sleep(millis):
        if millis < 0:
            raise IllegalArgumentException(u'timeout value is negative')
        _time.sleep(millis / 1000.0)


class String(Object):
    @staticmethod
    def format(template, *args):
        # Jython passes a lone Python list or tuple as the varargs array itself: format("%s %s", [1, 2]).
        if len(args) == 1 and isinstance(args[0], (list, tuple)):
            args = tuple(args[0])
        return _psjava.java_format(template, args)

    @staticmethod
    def valueOf(value):
        # Jython passes a Python bool to String.valueOf(int).
        if value is True or value is False:
            return unicode(int(value))
        return _psjava.java_str(value)

    @staticmethod
    def join(separator, items):
        return _psjava.java_str(separator).join(_psjava.java_str(i) for i in items)
