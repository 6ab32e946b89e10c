# fractions for the sandbox (issue 14): rational numbers, written from the Python 2.7 documentation and checked
# against Jython 2.7 (str '3/4', repr 'Fraction(3, 4)', mixed arithmetic with int/long (exact) and float
# (inexact), exact comparison with floats, limit_denominator, from_float/from_decimal, gcd).
import math as _math
import re as _re

__all__ = ['Fraction', 'gcd']


def gcd(a, b):
    """Greatest common divisor of a and b; the result has the sign of b (unless b is 0)."""
    while b:
        a, b = b, a % b
    return a


_LITERAL = _re.compile(r'\A\s*([-+]?)(?:(\d+)(?:/(\d+))?|(\d*)\.?(\d*)(?:[eE]([-+]?\d+))?)\s*\Z')


def _float_ratio(x):
    # The exact value of a finite float as (numerator, denominator).
    if x != x or x in (float('inf'), float('-inf')):
        raise TypeError('Cannot convert %r to Fraction.' % (x,))
    mantissa, exponent = _math.frexp(x)
    top = long(mantissa * 2 ** 53)
    exponent -= 53
    if exponent >= 0:
        return top * 2 ** exponent, 1
    return top, 2 ** -exponent


def _is_int(x):
    return isinstance(x, (int, long))


class Fraction(object):
    """Fraction(numerator=0, denominator=1), Fraction(other_fraction), Fraction(float) or Fraction(string)."""

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if _is_int(numerator):
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = _float_ratio(numerator)
                return cls(n, d)
            if isinstance(numerator, basestring):
                m = _LITERAL.match(numerator)
                if m is None or (m.group(2) is None and not (m.group(4) or m.group(5))):
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                sign, whole, denom, intpart, frac, exp = m.groups()
                if whole is not None:
                    numerator = long(whole)
                    denominator = long(denom) if denom else 1
                else:
                    numerator = long((intpart or '') + (frac or '') or '0')
                    denominator = 10 ** len(frac or '')
                    if exp:
                        e = int(exp)
                        if e >= 0:
                            numerator *= 10 ** e
                        else:
                            denominator *= 10 ** -e
                if sign == '-':
                    numerator = -numerator
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                numerator, denominator = numerator.numerator, numerator.denominator
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif _is_int(numerator) and _is_int(denominator):
            pass
        elif isinstance(numerator, (Fraction, int, long)) and isinstance(denominator, (Fraction, int, long)):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = gcd(numerator, denominator)
        self._numerator = _narrow(numerator // g)
        self._denominator = _narrow(denominator // g)
        return self

    @classmethod
    def from_float(cls, f):
        if _is_int(f):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        n, d = _float_ratio(f)
        return cls(n, d)

    @classmethod
    def from_decimal(cls, dec):
        if _is_int(dec):
            return cls(dec)
        return cls(str(dec))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return self

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with a denominator of at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two convergents p0/q0 and p1/q1.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        lower = Fraction(p0 + k * p1, q0 + k * q1)
        upper = Fraction(p1, q1)
        if abs(upper - self) <= abs(lower - self):
            return upper
        return lower

    def __repr__(self):
        return 'Fraction(%s, %s)' % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: with a Fraction or an int/long the result is exact, with a float it is a float.
    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if _is_int(other):
            return Fraction(other)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator + o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) + other
        if isinstance(other, complex):
            return complex(float(self)) + other
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator - o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) - other
        return NotImplemented

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o - self
        if isinstance(other, float):
            return other - float(self)
        return NotImplemented

    def __mul__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._numerator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) * other
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __div__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) / other
        return NotImplemented

    __truediv__ = __div__

    def __rdiv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o / self
        if isinstance(other, float):
            return other / float(self)
        return NotImplemented

    __rtruediv__ = __rdiv__

    def __floordiv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return (self._numerator * o._denominator) // (self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o // self
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __mod__(self, other):
        o = self._coerce(other)
        if o is not None:
            return self - o * (self // o)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o % self
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __divmod__(self, other):
        return (self // other, self % other)

    def __pow__(self, other):
        o = self._coerce(other)
        if o is not None and o._denominator == 1:
            power = o._numerator
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power)
            return Fraction(self._denominator ** -power, self._numerator ** -power)
        if o is not None:
            return float(self) ** float(o)
        return float(self) ** other

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, Fraction):
            return other ** self
        if self._denominator == 1:
            return Fraction(other) ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __int__(self):
        return int(self.__trunc__())

    def __long__(self):
        return long(self.__trunc__())

    def __float__(self):
        # Exact operands below 2**53, so one rounding (past that the result may be off in the last bit).
        return self._numerator * 1.0 / self._denominator

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        if float(self) == self:
            return hash(float(self))
        return hash((self._numerator, self._denominator))

    def _compare(self, other):
        # -1, 0 or 1; None when other is not a number this class compares with.
        if isinstance(other, float):
            if other != other:
                return None
            if other in (float('inf'), float('-inf')):
                return -1 if other > 0 else 1
            other = Fraction(other)
        o = self._coerce(other)
        if o is None:
            return None
        return cmp(self._numerator * o._denominator, o._numerator * self._denominator)

    def __eq__(self, other):
        c = self._compare(other)
        if c is None:
            return False if isinstance(other, float) else NotImplemented
        return c == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c >= 0

    def __nonzero__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _narrow(n):
    # Keep small values as int, the way Jython's arithmetic does.
    if isinstance(n, long) and -2147483648 <= n <= 2147483647:
        return int(n)
    return n

