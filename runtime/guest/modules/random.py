# random for the sandbox, written to give Jython 2.7's sequences. Jython draws from java.util.Random, the
# 48-bit linear congruential generator the Java API documents (multiplier 0x5DEECE66D, increment 11); the
# generator step is the JS helper _psrandom. Everything above it was found by experiment under Jython:
#   random()      two steps, 27 then 26 bits: (a * 2**26 + b) / 2**53
#   seed(int)     the int itself; seed(long) the long modulo 2**63 - 1; seed(other) hash(other);
#                 seed(None) the clock. Java's setSeed then scrambles it: (seed ^ 0x5DEECE66D) mod 2**48.
#   getrandbits   java.math.BigInteger(k, rnd): ceil(k/8) bytes of nextBytes, big-endian, top bits masked.
# The derived functions (randrange, choice, shuffle, sample and the distributions) consume random() the
# way Jython's do, checked call by call against Jython.
from __future__ import division
import _psrandom
from math import log as _log, exp as _exp, pi as _pi, e as _e, sqrt as _sqrt, cos as _cos, sin as _sin, \
    acos as _acos, ceil as _ceil
import time as _time

__all__ = ['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange', 'shuffle',
           'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular',
           'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'jumpahead',
           'getrandbits']

_MULTIPLIER = 0x5DEECE66D
_MASK48 = (1 << 48) - 1
_LONG_SEED_MODULUS = (1 << 63) - 1
_BIG_RANGE = 1 << 53          # from here on randrange draws whole bits instead of scaling random()
_TWO_PI = 2.0 * _pi
_NORMAL_CONST = 4 * _exp(-0.5) / _sqrt(2.0)
_LOG_FOUR = _log(4.0)
_GAMMA_CONST = 1.0 + _log(4.5)


def _as_index(value, message):
    whole = int(value)
    if whole != value:
        raise ValueError(message)
    return whole


class Random(object):
    """Random number generator with Jython 2.7's sequences (java.util.Random underneath)."""

    VERSION = 3

    def __init__(self, x=None):
        self._lcg = [0, 0]
        self.gauss_next = None
        self.seed(x)

    # --- the generator
    def seed(self, a=None):
        if a is None:
            start = long(_time.time() * 1000)
        elif isinstance(a, long):
            start = a % _LONG_SEED_MODULUS
        elif isinstance(a, int):
            start = a
        else:
            start = hash(a)
        scrambled = (start ^ _MULTIPLIER) & _MASK48
        self._lcg[0] = int(scrambled >> 24)
        self._lcg[1] = int(scrambled & 0xFFFFFF)
        self.gauss_next = None

    def random(self):
        """The next float in [0.0, 1.0)."""
        return _psrandom.random(self._lcg)

    def getrandbits(self, k):
        """A long of k random bits."""
        k = int(k)
        if k < 0:
            raise ValueError('numBits must be non-negative')
        size = (k + 7) // 8
        data = []
        while len(data) < size:
            word = _psrandom.next_bits(self._lcg, 32)
            for _ in range(min(4, size - len(data))):
                data.append(word & 0xFF)
                word >>= 8
        if data:
            data[0] &= (1 << (8 - (8 * size - k))) - 1
        result = 0L
        for byte in data:
            result = (result << 8) | byte
        return result

    def getstate(self):
        return (self.VERSION, tuple(self._lcg), self.gauss_next)

    def setstate(self, state):
        version, lcg, self.gauss_next = state
        if version != self.VERSION:
            raise ValueError('state with version %s passed to Random.setstate() of version %s'
                             % (version, self.VERSION))
        self._lcg[0], self._lcg[1] = lcg

    def jumpahead(self, n):
        raise OverflowError('long too big to convert')

    # --- integers and sequences
    def _below(self, n):
        # a whole number in [0, n): random() scaled, or whole bits past 2**53
        if n < _BIG_RANGE:
            return int(self.random() * n)
        bits = int(1.00001 + _log(n - 1, 2.0))
        value = self.getrandbits(bits)
        while value >= n:
            value = self.getrandbits(bits)
        return value

    def randrange(self, start, stop=None, step=1):
        """A random element of range(start, stop, step)."""
        first = _as_index(start, 'non-integer arg 1 for randrange()')
        if stop is None:
            if first > 0:
                return self._below(first)
            raise ValueError('empty range for randrange()')
        last = _as_index(stop, 'non-integer stop for randrange()')
        width = last - first
        if step == 1:
            if width > 0:
                return int(first + self._below(width))
            raise ValueError('empty range for randrange() (%d,%d, %d)' % (first, last, width))
        stride = _as_index(step, 'non-integer step for randrange()')
        if stride > 0:
            count = (width + stride - 1) // stride
        elif stride < 0:
            count = (width + stride + 1) // stride
        else:
            raise ValueError('zero step for randrange()')
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._below(count)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None):
        """Shuffle list x in place."""
        draw = self.random if random is None else random
        i = len(x) - 1
        while i > 0:
            j = int(draw() * (i + 1))
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k):
        """k distinct elements chosen from the population."""
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError('sample larger than population')
        chosen = [None] * k
        # a small population (or a mapping) is copied and drawn from without replacement; a large one is
        # indexed at random, redrawing any index already taken
        limit = 21
        if k > 5:
            limit += 4 ** _ceil(_log(k * 3, 4))
        if n <= limit or hasattr(population, 'keys'):
            pool = list(population)
            for i in range(k):
                j = int(self.random() * (n - i))
                chosen[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = int(self.random() * n)
                while j in taken:
                    j = int(self.random() * n)
                taken.add(j)
                chosen[i] = population[j]
        return chosen

    # --- real-valued distributions
    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        if mode is None:
            split = 0.5
        else:
            try:
                split = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > split:
            u = 1.0 - u
            split = 1.0 - split
            low, high = high, low
        return low + (high - low) * (u * split) ** 0.5

    def normalvariate(self, mu, sigma):
        # Kinderman and Monahan's ratio-of-uniforms method
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NORMAL_CONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        # Best and Fisher's method (the variant Jython uses)
        if kappa <= 1e-6:
            return _TWO_PI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % _TWO_PI
        return (mu - _acos(f)) % _TWO_PI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            # Cheng's rejection method
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG_FOUR
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _GAMMA_CONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            u = self.random()
            while u <= 1e-7:
                u = self.random()
            return -_log(u) * beta
        # alpha below one: Ahrens and Dieter's method
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    return x * beta
            elif u1 <= _exp(-x):
                return x * beta

    def gauss(self, mu, sigma):
        # Box-Muller: each pair of draws gives two values; the second is kept for the next call
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * _TWO_PI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        return 1.0 / pow(1.0 - self.random(), 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * pow(-_log(1.0 - self.random()), 1.0 / beta)


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
jumpahead = _inst.jumpahead
getrandbits = _inst.getrandbits
