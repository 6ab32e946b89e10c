# operator for the sandbox: Skulpt's native module (as _operator), with the Python 2 division functions it lacks
# or computes the Python 3 way: idiv (classic division, in place when the type has __idiv__), and truediv /
# itruediv, which divide truly (Skulpt's give 7 / 2 == 3).
from __future__ import division
import _operator

from _operator import (abs, add, and_, attrgetter, concat, contains, countOf, delitem, div, eq, floordiv, ge,
                       getitem, gt, iadd, iand, iconcat, ifloordiv, ilshift, imod, imul, index, indexOf, inv,
                       invert, ior, ipow, irshift, is_, is_not, isub, itemgetter, ixor, le, lshift, lt,
                       methodcaller, mod, mul, ne, neg, not_, or_, pos, pow, rshift, setitem, sub, truth, xor,
                       __abs__, __add__, __concat__, __contains__, __delitem__, __div__, __eq__,
                       __floordiv__, __ge__, __getitem__, __gt__, __iadd__, __iand__, __iconcat__, __ifloordiv__,
                       __ilshift__, __imod__, __imul__, __index__, __inv__, __invert__, __ior__, __ipow__,
                       __irshift__, __isub__, __ixor__, __le__, __lshift__, __lt__, __mod__, __mul__, __ne__,
                       __neg__, __pos__, __pow__, __rshift__, __setitem__, __sub__, __xor__)


def truediv(a, b):
    "truediv(a, b) -- Same as a / b when __future__.division is in effect."
    return a / b


def itruediv(a, b):
    "itruediv(a, b) -- Same as a /= b when __future__.division is in effect."
    a /= b
    return a


def idiv(a, b):
    "idiv(a, b) -- Same as a /= b."
    method = getattr(type(a), '__idiv__', None)
    if method is not None:
        result = method(a, b)
        if result is not NotImplemented:
            return result
    return _operator.div(a, b)


__and__ = and_
__or__ = or_
__not__ = not_
__truediv__ = truediv
__itruediv__ = itruediv
__idiv__ = idiv
del division
