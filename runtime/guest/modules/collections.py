# collections for the sandbox: Skulpt's native defaultdict, deque, Counter and namedtuple, and an OrderedDict
# written after CPython 2.7's (Skulpt's native one loses track of keys: setdefault, pop and unicode keys).
# str(od) is the plain dict rendering and repr(od) is OrderedDict([...]), as in Jython.
from _collections import defaultdict, deque, Counter, namedtuple

__all__ = ['Counter', 'deque', 'defaultdict', 'namedtuple', 'OrderedDict']

_missing = object()


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        try:
            self._od_keys
        except AttributeError:
            self._od_keys = []
        self.update(*args, **kwds)

    def __setitem__(self, key, value):
        if not dict.__contains__(self, key):
            self._od_keys.append(key)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._od_keys.remove(key)

    def __iter__(self):
        return iter(list(self._od_keys))

    def __reversed__(self):
        return iter(self._od_keys[::-1])

    def clear(self):
        del self._od_keys[:]
        dict.clear(self)

    def keys(self):
        return list(self._od_keys)

    def values(self):
        return [self[key] for key in self._od_keys]

    def items(self):
        return [(key, self[key]) for key in self._od_keys]

    def iterkeys(self):
        return iter(self.keys())

    def itervalues(self):
        return iter(self.values())

    def iteritems(self):
        return iter(self.items())

    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('update expected at most 1 arguments, got %d' % len(args))
        if args:
            other = args[0]
            if isinstance(other, dict) or hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def pop(self, key, default=_missing):
        if dict.__contains__(self, key):
            result = dict.__getitem__(self, key)
            del self[key]
            return result
        if default is _missing:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        self[key] = default
        return default

    def popitem(self, last=True):
        if not self._od_keys:
            raise KeyError('dictionary is empty')
        key = self._od_keys[-1] if last else self._od_keys[0]
        value = self.pop(key)
        return key, value

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self._od_keys:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, self.items())

    def __str__(self):
        return dict.__repr__(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and self._od_keys == other._od_keys
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def viewkeys(self):
        return self.keys()

    def viewvalues(self):
        return self.values()

    def viewitems(self):
        return self.items()
