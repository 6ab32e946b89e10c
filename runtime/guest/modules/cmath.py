# cmath for the sandbox (issue 14): the functions of Python 2.7's cmath, as Jython 2.7 gives them. The
# arithmetic is in the JS helper _pscmath (Jython computes with Java doubles; so do we, in the same order).
# Arguments are complex numbers, or anything with __complex__ or __float__ (ints, longs, floats).

import _pscmath

pi = 3.141592653589793
e = 2.718281828459045


def _parts(z):
    if isinstance(z, complex):
        return z.real, z.imag
    to_complex = getattr(type(z), '__complex__', None)
    if to_complex is not None:
        value = to_complex(z)
        if not isinstance(value, complex):
            raise TypeError('__complex__ should return a complex object')
        return value.real, value.imag
    if isinstance(z, (int, long, float)) or getattr(type(z), '__float__', None) is not None:
        return float(z), 0.0
    raise TypeError('a float is required')


def _real(x):
    if isinstance(x, (int, long, float)) or getattr(type(x), '__float__', None) is not None:
        return float(x)
    raise TypeError('a float is required')


def _unary(name, doc):
    kernel = getattr(_pscmath, name)

    def function(z):
        return kernel(*_parts(z))
    function.__name__ = name
    function.__doc__ = doc
    return function


sqrt = _unary('sqrt', 'Return the square root of x.')
exp = _unary('exp', 'Return the exponential value e**x.')
log10 = _unary('log10', 'Return the base-10 logarithm of x.')
sin = _unary('sin', 'Return the sine of x.')
cos = _unary('cos', 'Return the cosine of x.')
tan = _unary('tan', 'Return the tangent of x.')
asin = _unary('asin', 'Return the arc sine of x.')
acos = _unary('acos', 'Return the arc cosine of x.')
atan = _unary('atan', 'Return the arc tangent of x.')
sinh = _unary('sinh', 'Return the hyperbolic sine of x.')
cosh = _unary('cosh', 'Return the hyperbolic cosine of x.')
tanh = _unary('tanh', 'Return the hyperbolic tangent of x.')
asinh = _unary('asinh', 'Return the hyperbolic arc sine of x.')
acosh = _unary('acosh', 'Return the hyperbolic arc cosine of x.')
atanh = _unary('atanh', 'Return the hyperbolic arc tangent of x.')


def log(x, base=None):
    """log(x[, base]) -> the logarithm of x to the given base (natural logarithm by default)."""
    re, im = _parts(x)
    if base is None:
        return _pscmath.log(re, im)
    base_re, base_im = _parts(base)
    return _pscmath.log_base(re, im, base_re, base_im)


def phase(z):
    """Return the argument, also known as the phase angle, of a complex."""
    re, im = _parts(z)
    return _pscmath.polar(re, im)[1]


def polar(z):
    """Convert a complex from rectangular coordinates to polar coordinates: (r, phi)."""
    return _pscmath.polar(*_parts(z))


def rect(r, phi):
    """Convert from polar coordinates to rectangular coordinates."""
    return _pscmath.rect(_real(r), _real(phi))


def isnan(z):
    """Checks if the real or imaginary part of z is not a number (NaN)."""
    re, im = _parts(z)
    return re != re or im != im


def isinf(z):
    """Checks if the real or imaginary part of z is infinite."""
    re, im = _parts(z)
    return re in (float('inf'), float('-inf')) or im in (float('inf'), float('-inf'))
