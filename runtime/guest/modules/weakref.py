# weakref for the sandbox (issue 14), written from the Python 2.7 documentation. The sandbox's engine has no
# garbage-collector hook, so a reference here keeps its referent alive: ref() always returns the object,
# callbacks never run, and WeakValueDictionary / WeakKeyDictionary / WeakSet never lose entries by themselves.
# Everything else (the types, proxies, counts, the mapping and set protocols) behaves as documented. As in
# Jython, any object can be referred to (ints, strings and lists too).

import UserDict

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType',
           'ProxyType', 'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet']

_refs = {}


def _register(obj, reference):
    _refs.setdefault(id(obj), (obj, []))[1].append(reference)


class ReferenceType(object):
    """ref(object[, callback]): a reference to object; calling it returns the object."""

    def __new__(cls, obj, callback=None):
        if callback is None and cls is ReferenceType:
            # A plain reference without a callback is shared, as in Jython: ref(x) is ref(x).
            for existing in getweakrefs(obj):
                if type(existing) is ReferenceType and existing._callback is None:
                    return existing
        self = object.__new__(cls)
        self._referent = obj
        self._callback = callback
        _register(obj, self)
        return self

    def __init__(self, obj, callback=None):
        pass

    def __call__(self):
        return self._referent

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._referent == other._referent
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(self._referent)

    def __repr__(self):
        obj = self._referent
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

ref = ReferenceType


class ProxyType(object):
    """proxy(object[, callback]): stands for object: attribute access and operators go to it."""

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_referent', obj)
        _register(obj, self)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_referent'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_referent'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_referent'), name)

    def __str__(self):
        return str(object.__getattribute__(self, '_referent'))

    def __repr__(self):
        obj = object.__getattribute__(self, '_referent')
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __len__(self):
        return len(object.__getattribute__(self, '_referent'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_referent'))

    def __getitem__(self, key):
        return object.__getattribute__(self, '_referent')[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, '_referent')[key] = value

    def __contains__(self, item):
        return item in object.__getattribute__(self, '_referent')

    def __nonzero__(self):
        return bool(object.__getattribute__(self, '_referent'))

    def __eq__(self, other):
        return object.__getattribute__(self, '_referent') == other

    def __ne__(self, other):
        return object.__getattribute__(self, '_referent') != other

    def __lt__(self, other):
        return object.__getattribute__(self, '_referent') < other

    def __add__(self, other):
        return object.__getattribute__(self, '_referent') + other

    def __sub__(self, other):
        return object.__getattribute__(self, '_referent') - other

    def __mul__(self, other):
        return object.__getattribute__(self, '_referent') * other


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_referent')(*args, **kwargs)


def proxy(obj, callback=None):
    """A proxy to obj: a CallableProxyType when obj is callable, otherwise a ProxyType."""
    if hasattr(obj, '__call__'):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)

ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    """The number of weak references and proxies that refer to obj."""
    entry = _refs.get(id(obj))
    return 0 if entry is None or entry[0] is not obj else len(entry[1])


def getweakrefs(obj):
    """The weak references and proxies that refer to obj."""
    entry = _refs.get(id(obj))
    return [] if entry is None or entry[0] is not obj else list(entry[1])


class WeakValueDictionary(UserDict.UserDict):
    """A mapping whose values are held by weak references (here: kept while the dictionary holds them)."""

    def __init__(self, *args, **kwargs):
        UserDict.UserDict.__init__(self)
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __getitem__(self, key):
        return self.data[key]()

    def get(self, key, default=None):
        if key in self.data:
            return self.data[key]()
        return default

    def items(self):
        return [(key, reference()) for key, reference in self.data.items()]

    def iteritems(self):
        return iter(self.items())

    def values(self):
        return [reference() for reference in self.data.values()]

    def itervalues(self):
        return iter(self.values())

    def itervaluerefs(self):
        return iter(self.data.values())

    def valuerefs(self):
        return self.data.values()

    def pop(self, key, *default):
        if key in self.data:
            return self.data.pop(key)()
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        key, reference = self.data.popitem()
        return key, reference()

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self[key]

    def copy(self):
        return WeakValueDictionary(self.items())

    def __repr__(self):
        return '<WeakValueDictionary at %s>' % id(self)


class WeakKeyDictionary(UserDict.UserDict):
    """A mapping whose keys are held by weak references (here: kept while the dictionary holds them)."""

    def __init__(self, dict=None):
        UserDict.UserDict.__init__(self)
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            reference = ref(key)
        except TypeError:
            return False
        return reference in self.data

    has_key = __contains__

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return [reference() for reference in self.data.keys()]

    def iterkeys(self):
        return iter(self.keys())

    __iter__ = iterkeys

    def keyrefs(self):
        return self.data.keys()

    def iterkeyrefs(self):
        return iter(self.data.keys())

    def items(self):
        return [(reference(), value) for reference, value in self.data.items()]

    def iteritems(self):
        return iter(self.items())

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        reference, value = self.data.popitem()
        return reference(), value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, **kwargs):
        if dict is not None:
            items = dict.items() if hasattr(dict, 'items') else dict
            for key, value in items:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return WeakKeyDictionary(self.items())

    def __repr__(self):
        return '<WeakKeyDictionary at %s>' % id(self)


class WeakSet(object):
    """A set whose members are held by weak references (here: kept while the set holds them)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def __iter__(self):
        for reference in list(self.data):
            yield reference()

    def __len__(self):
        return len(self.data)

    def clear(self):
        self.data.clear()
