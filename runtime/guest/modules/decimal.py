# decimal for the sandbox (issue 14): decimal floating point as report scripts use it for money and percentages.
# Written for the sandbox from the Python 2.7 documentation (and the General Decimal Arithmetic specification it
# follows), checked against Jython 2.7.
#
# A finite Decimal is (sign, coefficient, exponent): (-1)**sign * coefficient * 10**exponent, the coefficient a
# non-negative int/long. Arithmetic is exact, then rounded to the context's precision with its rounding mode.
# Supported: construction from str/int/long/float/tuple/Decimal, + - * / // % divmod, ** with an integer power,
# comparisons (with int/long/float by exact value), quantize, to_integral_value, normalize, sqrt, as_tuple,
# adjusted, the is_* predicates, copy_sign/copy_abs/copy_negate, compare/max/min, float/int/long/round/hash,
# str/repr/to_eng_string, __format__ (fill, align, sign, width, ',', precision, types e E f F g G %), contexts
# (getcontext, setcontext, localcontext, Context with prec and rounding; its arithmetic methods) and the
# rounding modes. Differences: every condition that a context traps by default (InvalidOperation,
# DivisionByZero, Overflow) raises; the other signals are neither raised nor recorded in flags. Non-integer
# powers, exp, ln and log10 raise InvalidOperation.
import math as _math
import re as _re
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal',
    'Overflow', 'Underflow',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
]

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
              ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal]


def _ndigits(n):
    return len(str(n)) if n else 1


def _increment(q, r, half_cmp, sign, rounding):
    # Whether the kept digits q are to be incremented; r != 0 says digits were dropped, half_cmp compares them
    # with one half of the last kept unit (-1, 0, 1).
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return r != 0
    if rounding == ROUND_HALF_UP:
        return half_cmp >= 0
    if rounding == ROUND_HALF_DOWN:
        return half_cmp > 0
    if rounding == ROUND_HALF_EVEN:
        return half_cmp > 0 or (half_cmp == 0 and q % 2 == 1)
    if rounding == ROUND_CEILING:
        return r != 0 and sign == 0
    if rounding == ROUND_FLOOR:
        return r != 0 and sign == 1
    if rounding == ROUND_05UP:
        return r != 0 and q % 10 in (0, 5)
    raise ValueError('unknown rounding mode %r' % (rounding,))


def _drop_digits(coef, drop, sign, rounding):
    """coef with its last drop digits rounded away (drop > 0)."""
    unit = 10 ** drop
    q, r = divmod(coef, unit)
    if r == 0:
        return q
    half_cmp = cmp(2 * r, unit)
    if _increment(q, r, half_cmp, sign, rounding):
        q += 1
    return q


class Decimal(object):
    """Decimal(value='0', context=None): an immutable decimal number."""

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._coef, self._exp, self._special = value._sign, value._coef, value._exp, value._special
            return self
        if isinstance(value, (int, long)):
            self._sign = 1 if value < 0 else 0
            self._coef = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            return cls._from_float(value)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('Invalid tuple size in creation of Decimal from list or tuple.  '
                                 'The list or tuple should have exactly three elements.')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('Invalid sign.  The first value in the tuple should be an integer; '
                                 'either 0 for a positive number or 1 for a negative number.')
            self._sign = sign
            if exp == 'F':
                self._special, self._coef, self._exp = 'Inf', 0, 0
                return self
            if exp in ('n', 'N'):
                self._special = 'NaN' if exp == 'n' else 'sNaN'
                self._coef = long(''.join(str(d) for d in digits) or '0')
                self._exp = 0
                return self
            self._coef = long(''.join(str(d) for d in digits) or '0')
            self._exp = exp
            return self
        if isinstance(value, basestring):
            return cls._from_string(value)
        raise TypeError('Cannot convert %r to Decimal' % (value,))

    _LITERAL = _re.compile(r'\A([-+]?)(?:(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?|(inf|infinity)|(s?nan)(\d*))\Z',
                           _re.IGNORECASE)

    @classmethod
    def _from_string(cls, text):
        m = cls._LITERAL.match(text.strip())
        if m is None:
            raise InvalidOperation('Invalid literal for Decimal: %r' % (text,))
        sign, whole, frac, exp, inf, nan, payload = m.groups()
        self = object.__new__(cls)
        self._sign = 1 if sign == '-' else 0
        self._special = None
        if inf:
            self._special, self._coef, self._exp = 'Inf', 0, 0
            return self
        if nan:
            self._special = 'sNaN' if nan[0] in 'sS' else 'NaN'
            self._coef = long(payload or '0')
            self._exp = 0
            return self
        whole = whole or ''
        frac = frac or ''
        if not whole and not frac:
            raise InvalidOperation('Invalid literal for Decimal: %r' % (text,))
        self._coef = _narrow(long(whole + frac))
        self._exp = int(exp or 0) - len(frac)
        return self

    @classmethod
    def _from_float(cls, f):
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        mantissa, exponent = _math.frexp(abs(f))
        coef = long(mantissa * 2 ** 53)
        exponent -= 53
        if coef == 0:
            return cls((sign, (0,), 0))
        while coef % 2 == 0 and exponent < 0:
            coef //= 2
            exponent += 1
        if exponent >= 0:
            return cls._make(sign, coef * 2 ** exponent, 0)
        return cls._make(sign, coef * 5 ** -exponent, exponent)

    from_float = _from_float

    @classmethod
    def _make(cls, sign, coef, exp):
        self = object.__new__(cls)
        self._sign = sign
        self._coef = _narrow(coef)
        self._exp = exp
        self._special = None
        return self

    # -- predicates and parts ---------------------------------------------------------------------------------
    def is_nan(self):
        return self._special in ('NaN', 'sNaN')

    def is_qnan(self):
        return self._special == 'NaN'

    def is_snan(self):
        return self._special == 'sNaN'

    def is_infinite(self):
        return self._special == 'Inf'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special is not None:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        if self._special == 'Inf':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(d) for d in str(self._coef)) if (self._coef or self._special is None) else ()
        if self._special is not None:
            return DecimalTuple(self._sign, digits, 'n' if self._special == 'NaN' else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def copy_abs(self):
        return self._with_sign(0)

    def copy_negate(self):
        return self._with_sign(1 - self._sign)

    def copy_sign(self, other):
        return self._with_sign(_convert(other, True)._sign)

    def _with_sign(self, sign):
        result = Decimal(self)
        result._sign = sign
        return result

    # -- text -------------------------------------------------------------------------------------------------
    def __str__(self, eng=False):
        sign = '-' if self._sign else ''
        if self._special == 'Inf':
            return sign + 'Infinity'
        if self._special is not None:
            return sign + self._special + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        exp = self._exp
        adjusted = exp + len(digits) - 1
        if exp <= 0 and adjusted >= -6:
            if exp == 0:
                return sign + digits
            point = len(digits) + exp
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * -point + digits
        if not eng or self._coef == 0:
            # Scientific notation (also for a zero in engineering notation, a simplification).
            body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            return sign + body + 'E' + ('%+d' % adjusted)
        # Engineering notation: the exponent a multiple of three.
        lead = adjusted % 3 + 1
        e = adjusted - (lead - 1)
        if len(digits) <= lead:
            body = digits + '0' * (lead - len(digits))
        else:
            body = digits[:lead] + '.' + digits[lead:]
        return sign + body + ('E' + '%+d' % e if e else '')

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # -- conversions ------------------------------------------------------------------------------------------
    def __float__(self):
        if self._special == 'Inf':
            return float('-inf') if self._sign else float('inf')
        if self._special is not None:
            return float('nan')
        return float(str(self))

    def __int__(self):
        if self._special is not None:
            if self._special == 'Inf':
                raise OverflowError('Cannot convert infinity to integer')
            raise ValueError('Cannot convert NaN to integer')
        if self._exp >= 0:
            value = self._coef * 10 ** self._exp
        else:
            value = self._coef // 10 ** -self._exp
        return int(-value if self._sign else value)

    __trunc__ = __int__

    def __long__(self):
        return long(self.__int__())

    def __nonzero__(self):
        return self._special is not None or self._coef != 0

    def __hash__(self):
        if self._special is not None:
            if self.is_nan():
                raise TypeError('Cannot hash a NaN value.')
            return hash(float(self))
        if self._exp >= 0 or self._coef % 10 ** -self._exp == 0:
            return hash(int(self))
        return hash(float(self))

    # -- arithmetic ---------------------------------------------------------------------------------------------
    def _fix(self, context):
        """self rounded to the context's precision."""
        if self._special is not None:
            return self
        prec = context.prec
        n = _ndigits(self._coef)
        if n <= prec:
            return self
        drop = n - prec
        coef = _drop_digits(self._coef, drop, self._sign, context.rounding)
        exp = self._exp + drop
        if _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if exp + prec - 1 > context.Emax:
            raise Overflow('above Emax')
        return Decimal._make(self._sign, coef, exp)

    def _nan_check(self, other):
        if self.is_nan() or (other is not None and other.is_nan()):
            if self.is_snan() or (other is not None and other.is_snan()):
                raise InvalidOperation('sNaN')
            return self if self.is_nan() else other
        return None

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        if self._special == 'Inf' or other._special == 'Inf':
            if self._special == 'Inf' and other._special == 'Inf' and self._sign != other._sign:
                raise InvalidOperation('-INF + INF')
            return Decimal(self if self._special == 'Inf' else other)
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'Inf' or other._special == 'Inf':
            if self.is_zero() or other.is_zero():
                raise InvalidOperation('(+-)INF * 0')
            return Decimal._infinity(sign)
        return Decimal._make(sign, self._coef * other._coef, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    @staticmethod
    def _infinity(sign):
        return Decimal('-Infinity' if sign else 'Infinity')

    def __div__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'Inf' or other._special == 'Inf':
            if self._special == 'Inf' and other._special == 'Inf':
                raise InvalidOperation('(+-)INF/(+-)INF')
            if self._special == 'Inf':
                return Decimal._infinity(sign)
            return Decimal._make(sign, 0, 0)
        if other._coef == 0:
            if self._coef == 0:
                raise InvalidOperation('0 / 0')
            raise DivisionByZero('x / 0')
        ideal = self._exp - other._exp
        if self._coef == 0:
            return Decimal._make(sign, 0, ideal)
        prec = context.prec
        shift = _ndigits(other._coef) - _ndigits(self._coef) + prec + 1
        if shift >= 0:
            q, r = divmod(self._coef * 10 ** shift, other._coef)
        else:
            q, r = divmod(self._coef, other._coef * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix(context)

    __truediv__ = __div__

    def __rdiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__div__(self, context)

    __rtruediv__ = __rdiv__

    def _divide_int(self, other, context):
        # (quotient truncated towards zero, remainder with the sign of self), both Decimal.
        nan = self._nan_check(other)
        if nan is not None:
            return nan, nan
        if self._special == 'Inf' or other._special == 'Inf':
            raise InvalidOperation('divmod of an infinity')
        if other._coef == 0:
            if self._coef == 0:
                raise InvalidOperation('divmod(0, 0)')
            raise DivisionByZero('x // 0')
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            raise InvalidOperation('quotient too large in //, % or divmod')
        quotient = Decimal._make(self._sign ^ other._sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._fix(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divide_int(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divide_int(other, context or getcontext())[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divide_int(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        if other._special is not None or (other._exp < 0 and other._coef % 10 ** -other._exp):
            raise InvalidOperation('non-integer powers are not available in the sandbox')
        n = int(other)
        if self._special == 'Inf':
            if n == 0:
                return Decimal(1)
            return Decimal._infinity(self._sign if n % 2 else 0) if n > 0 else Decimal(0)
        if n == 0:
            if self._coef == 0:
                raise InvalidOperation('0 ** 0')
            return Decimal(1)
        sign = self._sign if n % 2 else 0
        if n > 0:
            return Decimal._make(sign, self._coef ** n, self._exp * n)._fix(context)
        if self._coef == 0:
            raise DivisionByZero('0 ** negative')
        denom = Decimal._make(sign, self._coef ** -n, self._exp * -n)
        wider = Context(prec=context.prec + 3 + _ndigits(self._coef ** -n), rounding=context.rounding)
        return Decimal(1).__div__(denom, wider)._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, None, context)

    def __neg__(self, context=None):
        if self._special is None and self._coef == 0:
            return Decimal._make(0, 0, self._exp)
        return self._with_sign(1 - self._sign)._fix(context or getcontext())

    def __pos__(self, context=None):
        if self._special is None and self._coef == 0:
            return Decimal._make(0, 0, self._exp)
        return self._fix(context or getcontext())

    def __abs__(self, round=True, context=None):
        result = self._with_sign(0)
        return result._fix(context or getcontext()) if round else result

    # -- comparisons --------------------------------------------------------------------------------------------
    def _cmp(self, other):
        # -1, 0 or 1 (no NaN here).
        if self._special == 'Inf' or other._special == 'Inf':
            a = 0 if self._special != 'Inf' else (-1 if self._sign else 1)
            b = 0 if other._special != 'Inf' else (-1 if other._sign else 1)
            if a != b:
                return cmp(a, b)
            if a != 0:
                return 0
        if self._coef == 0 and other._coef == 0:
            return 0
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        return cmp(-a if self._sign else a, -b if other._sign else b)

    def _compare_with(self, other):
        other = _convert(other, allow_float=True)
        if other is NotImplemented:
            return None
        if self.is_nan() or other.is_nan():
            return 'nan'
        return self._cmp(other)

    def __eq__(self, other):
        c = self._compare_with(other)
        if c is None:
            return NotImplemented
        return c == 0

    def __ne__(self, other):
        c = self._compare_with(other)
        if c is None:
            return NotImplemented
        return c != 0

    def __lt__(self, other):
        c = self._compare_with(other)
        if c is None:
            return NotImplemented
        return c != 'nan' and c < 0

    def __le__(self, other):
        c = self._compare_with(other)
        if c is None:
            return NotImplemented
        return c != 'nan' and c <= 0

    def __gt__(self, other):
        c = self._compare_with(other)
        if c is None:
            return NotImplemented
        return c != 'nan' and c > 0

    def __ge__(self, other):
        c = self._compare_with(other)
        if c is None:
            return NotImplemented
        return c != 'nan' and c >= 0

    def __cmp__(self, other):
        c = self._compare_with(other)
        if c is None:
            return NotImplemented
        return 0 if c == 'nan' else c

    def compare(self, other, context=None):
        other = _convert(other, True)
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        c = self._cmp(other)
        if c == 0:
            # Equal values: the one with the larger exponent (the positive one for zeros of either sign).
            c = cmp(self._exp, other._exp) if self._sign == other._sign else (1 if other._sign else -1)
            if self._sign:
                c = -c
        return (self if c >= 0 else other)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, True)
        c = self._cmp(other)
        if c == 0:
            c = cmp(self._exp, other._exp) if self._sign == other._sign else (1 if other._sign else -1)
            if self._sign:
                c = -c
        return (self if c < 0 else other)._fix(context or getcontext())

    # -- rounding ------------------------------------------------------------------------------------------------
    def _rescale(self, exp, rounding):
        """self with exponent exp (digits rounded away or zeros appended), without the precision check."""
        if self._special is not None:
            return self
        if exp <= self._exp:
            return Decimal._make(self._sign, self._coef * 10 ** (self._exp - exp), exp)
        return Decimal._make(self._sign, _drop_digits(self._coef, exp - self._exp, self._sign, rounding), exp)

    def quantize(self, exp, rounding=None, context=None, watchexp=True):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._nan_check(exp)
        if nan is not None:
            return nan
        if self._special == 'Inf' or exp._special == 'Inf':
            if self._special == 'Inf' and exp._special == 'Inf':
                return Decimal(self)
            raise InvalidOperation('quantize with one INF')
        result = self._rescale(exp._exp, rounding)
        if _ndigits(result._coef) > context.prec:
            raise InvalidOperation('quantize result has too many digits for current context')
        return result

    def same_quantum(self, other):
        other = _convert(other, True)
        if self._special is not None or other._special is not None:
            return self._special == other._special
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if self._special is not None or self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or (context or getcontext()).rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        if self._special is not None:
            return Decimal(self)
        result = self._fix(context or getcontext())
        if result._coef == 0:
            return Decimal._make(result._sign, 0, 0)
        coef, exp = result._coef, result._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        return Decimal._make(result._sign, coef, exp)

    def sqrt(self, context=None):
        context = context or getcontext()
        nan = self._nan_check(None)
        if nan is not None:
            return nan
        if self._coef == 0 and self._special is None:
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            raise InvalidOperation('sqrt(-x), x > 0')
        if self._special == 'Inf':
            return Decimal(self)
        prec = context.prec
        ideal = self._exp // 2
        # Scale the coefficient by an even power of ten so its root has prec + 1 digits or more.
        coef, exp = self._coef, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        shift = max(0, prec + 1 - (_ndigits(coef) + 1) // 2)
        coef *= 10 ** (2 * shift)
        exp -= 2 * shift
        root = _isqrt(coef)
        exact = root * root == coef
        rexp = exp // 2
        if exact:
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
        elif root % 5 == 0:
            root += 1
        return Decimal._make(0, root, rexp)._fix(Context(prec=prec, rounding=ROUND_HALF_EVEN))

    def exp(self, context=None):
        raise InvalidOperation('Decimal.exp is not available in the sandbox')

    def ln(self, context=None):
        raise InvalidOperation('Decimal.ln is not available in the sandbox')

    def log10(self, context=None):
        raise InvalidOperation('Decimal.log10 is not available in the sandbox')

    # -- formatting ---------------------------------------------------------------------------------------------
    _SPEC = _re.compile(r'\A(?:(.)?([<>=^]))?([-+ ])?(0)?(\d+)?(,)?(?:\.(\d+))?([eEfFgGn%])?\Z', _re.DOTALL)

    def __format__(self, spec, _localeconv=None):
        m = Decimal._SPEC.match(spec)
        if m is None:
            raise ValueError('Invalid format specifier: ' + spec)
        fill, align, sign_opt, zero, width, comma, precision, kind = m.groups()
        if zero and fill is None and align is None:
            fill, align = '0', '='
        fill = fill or ' '
        align = align or '>'
        precision = int(precision) if precision is not None else None
        rounding = getcontext().rounding
        value = self
        if value._special is not None:
            body = str(value.copy_abs())
            if value.is_nan() or value._special == 'Inf':
                body = 'NaN' if value.is_nan() else 'Infinity'
            if kind == '%':
                body += '%'
        else:
            if kind == '%':
                value = Decimal._make(value._sign, value._coef, value._exp + 2)
            if kind in ('e', 'E'):
                if precision is not None:
                    value = value._round_digits(precision + 1, rounding)
                digits = str(value._coef)
                exp = value._exp + len(digits) - 1
                if value._coef == 0 and precision is not None:
                    exp = value._exp + precision
                if precision is not None and len(digits) < precision + 1:
                    digits += '0' * (precision + 1 - len(digits))
                body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '') + kind + '%+d' % exp
            elif kind in ('f', 'F', '%'):
                if precision is not None:
                    value = value._rescale(-precision, rounding)
                body = _plain(value._coef, value._exp)
                if kind == '%':
                    body += '%'
            elif kind in ('g', 'G', 'n') or kind is None:
                if precision is not None:
                    value = value._round_digits(max(precision, 1), rounding)
                adjusted = value.adjusted()
                if kind is None and precision is None:
                    body = str(value.copy_abs())
                elif -6 <= adjusted < (precision or _ndigits(value._coef)) or (kind is None and value._exp <= 0 and adjusted >= -6):
                    body = _plain(value._coef, value._exp)
                else:
                    digits = str(value._coef)
                    body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '') + \
                        ('E' if kind == 'G' or kind is None else 'e') + '%+d' % adjusted
            if comma:
                # Group the leading run of digits only (not a fraction or an exponent).
                lead = 0
                while lead < len(body) and body[lead].isdigit():
                    lead += 1
                whole, rest = body[:lead], body[lead:]
                groups = []
                while len(whole) > 3:
                    groups.insert(0, whole[-3:])
                    whole = whole[:-3]
                groups.insert(0, whole)
                body = ','.join(groups) + rest
        sign = '-' if self._sign else ('+' if sign_opt == '+' else (' ' if sign_opt == ' ' else ''))
        width = int(width or 0)
        pad = max(0, width - len(sign) - len(body))
        if align == '<':
            return sign + body + fill * pad
        if align == '^':
            return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
        if align == '=':
            return sign + fill * pad + body
        return fill * pad + sign + body

    def _round_digits(self, digits, rounding):
        n = _ndigits(self._coef)
        if n <= digits:
            return self
        return self._rescale(self._exp + n - digits, rounding)._fix(Context(prec=digits, rounding=rounding))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


def _plain(coef, exp):
    digits = str(coef)
    if exp >= 0:
        return digits + '0' * exp if coef else '0'
    point = len(digits) + exp
    if point > 0:
        return digits[:point] + '.' + digits[point:]
    return '0.' + '0' * -point + digits


def _isqrt(n):
    if n < 2:
        return n
    x = 1 << ((len(bin(n)) - 2 + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _narrow(n):
    if isinstance(n, long) and -2147483648 <= n <= 2147483647:
        return int(n)
    return n


def _convert(other, raising=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, (int, long)):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal._from_float(other)
    if raising:
        raise TypeError('Unable to convert %s to Decimal' % (other,))
    return NotImplemented


class Context(object):
    """Arithmetic settings: precision (significant digits) and rounding mode; Emin, Emax, capitals."""

    def __init__(self, prec=None, rounding=None, traps=None, flags=None, Emin=None, Emax=None, capitals=None,
                 _clamp=0, _ignored_flags=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999999)
        self.capitals = capitals if capitals is not None else 1
        self._clamp = _clamp
        if isinstance(traps, dict):
            self.traps = dict(traps)
        else:
            self.traps = dict((s, s in (traps if traps is not None else [DivisionByZero, Overflow, InvalidOperation]))
                              for s in _SIGNALS)
        if isinstance(flags, dict):
            self.flags = dict(flags)
        else:
            self.flags = dict((s, s in (flags or [])) for s in _SIGNALS)

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, (int, long)) or value < 1):
            raise ValueError('prec must be at least 1')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError('%s: invalid rounding mode' % (value,))
        object.__setattr__(self, name, value)

    def __repr__(self):
        names = dict((s, s.__name__) for s in _SIGNALS)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, flags=[%s], traps=[%s])' %
                (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                 ', '.join(names[s] for s in _SIGNALS if self.flags.get(s)),
                 ', '.join(names[s] for s in _SIGNALS if self.traps.get(s))))

    def copy(self):
        return Context(self.prec, self.rounding, self.traps, self.flags, self.Emin, self.Emax, self.capitals)

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal._from_float(f)._fix(self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(_convert(b, True), self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(_convert(b, True), self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(_convert(b, True), self)

    def divide(self, a, b):
        return _convert(a, True).__div__(_convert(b, True), self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(_convert(b, True), self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(_convert(b, True), self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(_convert(b, True), self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(_convert(b, True), None, self)

    def plus(self, a):
        return _convert(a, True).__pos__(self)

    def minus(self, a):
        return _convert(a, True).__neg__(self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def compare(self, a, b):
        return _convert(a, True).compare(b, self)

    def max(self, a, b):
        return _convert(a, True).max(b, self)

    def min(self, a, b):
        return _convert(a, True).min(b, self)

    def to_sci_string(self, a):
        return str(_convert(a, True))

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string()


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999999, Emax=999999999)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [DefaultContext.copy()]


def getcontext():
    """The current context (the sandbox runs one thread)."""
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, context):
        self.new_context = context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None):
    """A context manager that makes a copy of ctx (default: the current context) current in its block."""
    return _ContextManager(ctx if ctx is not None else getcontext())
