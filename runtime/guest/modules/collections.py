# collections for the sandbox: Skulpt's native defaultdict, deque, Counter and namedtuple, and an OrderedDict
# written for the sandbox from the Python 2.7 documentation (Skulpt's native one loses track of keys: setdefault,
# pop and unicode keys). The order is a list of keys beside the dict's own storage. str(od) is the plain dict
# rendering and repr(od) is OrderedDict([...]), as in Jython.
from _collections import defaultdict, deque, namedtuple
from _collections import Counter as _Counter

__all__ = ['Counter', 'deque', 'defaultdict', 'namedtuple', 'OrderedDict']

_NOTHING = object()


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        if not hasattr(self, '_order'):
            self._order = []
        self.update(*args, **kwds)

    def __setitem__(self, key, value):
        known = dict.__contains__(self, key)
        dict.__setitem__(self, key, value)
        if not known:
            self._order.append(key)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._order.remove(key)

    def __iter__(self):
        return iter(self._order[:])

    def __reversed__(self):
        return iter(list(reversed(self._order)))

    def clear(self):
        dict.clear(self)
        self._order[:] = []

    def keys(self):
        return self._order[:]

    def values(self):
        return [dict.__getitem__(self, k) for k in self._order]

    def items(self):
        return [(k, dict.__getitem__(self, k)) for k in self._order]

    def iterkeys(self):
        return iter(self.keys())

    def itervalues(self):
        return iter(self.values())

    def iteritems(self):
        return iter(self.items())

    viewkeys = keys
    viewvalues = values
    viewitems = items

    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('update expected at most 1 arguments, got %d' % len(args))
        pairs = []
        if args:
            source = args[0]
            if isinstance(source, dict) or hasattr(source, 'keys'):
                pairs = [(k, source[k]) for k in source.keys()]
            else:
                pairs = list(source)
        for k, v in pairs:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def pop(self, key, default=_NOTHING):
        if not dict.__contains__(self, key):
            if default is _NOTHING:
                raise KeyError(key)
            return default
        value = dict.__getitem__(self, key)
        del self[key]
        return value

    def setdefault(self, key, default=None):
        if not dict.__contains__(self, key):
            self[key] = default
        return dict.__getitem__(self, key)

    def popitem(self, last=True):
        if not self._order:
            raise KeyError('dictionary is empty')
        if last:
            key = self._order[-1]
        else:
            key = self._order[0]
        return key, self.pop(key)

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __repr__(self):
        name = self.__class__.__name__
        if self._order:
            return '%s(%r)' % (name, self.items())
        return '%s()' % name

    def __str__(self):
        return dict.__repr__(self)

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same and isinstance(other, OrderedDict):
            return self._order == other._order
        return same

    def __ne__(self, other):
        return not self == other


class Counter(_Counter):
    # Python 2.7's repr lists the items in most_common() order (ties in iteration order); Skulpt's native
    # Counter lists them in dict order. str() is the plain dict rendering, as in Jython (py2/numeric-corners.ts).
    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s({%s})' % (type(self).__name__, ', '.join(['%r: %r' % item for item in self.most_common()]))

    # The native operators build native Counters: give back this class.
    def __add__(self, other):
        return Counter(_Counter.__add__(self, other))

    def __sub__(self, other):
        return Counter(_Counter.__sub__(self, other))

    def __or__(self, other):
        return Counter(_Counter.__or__(self, other))

    def __and__(self, other):
        return Counter(_Counter.__and__(self, other))
