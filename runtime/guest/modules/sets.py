# sets for the sandbox (issue 14): the Python 2.3 Set and ImmutableSet classes (deprecated since 2.6 in favour of
# the set and frozenset builtins, still used by older scripts). Written from the Python 2.7 documentation; each
# object keeps its elements in a builtin set, and prints them sorted, like Jython 2.7.

__all__ = ['BaseSet', 'Set', 'ImmutableSet']


class BaseSet(object):
    """Common base of Set and ImmutableSet (not instantiable itself)."""

    def __init__(self):
        if self.__class__ is BaseSet:
            raise TypeError('BaseSet is an abstract class.  Use Set or ImmutableSet.')

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, sorted(self._data))

    __str__ = __repr__

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, element):
        return element in self._data

    def __cmp__(self, other):
        raise TypeError("can't compare sets using cmp()")

    def _same(self, other):
        return isinstance(other, BaseSet)

    def __eq__(self, other):
        return isinstance(other, BaseSet) and self._data == other._data

    def __ne__(self, other):
        return not self.__eq__(other)

    def _new(self, data):
        result = self.__class__.__new__(self.__class__)
        result._data = data
        return result

    def _check(self, other):
        if not isinstance(other, BaseSet):
            raise TypeError('Binary operation only permitted between sets')

    def copy(self):
        return self._new(set(self._data))

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self._new(self._data | other._data)

    def __and__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self._new(self._data & other._data)

    def __sub__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self._new(self._data - other._data)

    def __xor__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self._new(self._data ^ other._data)

    def union(self, other):
        return self._new(self._data | set(_elements(other)))

    def intersection(self, other):
        return self._new(self._data & set(_elements(other)))

    def difference(self, other):
        return self._new(self._data - set(_elements(other)))

    def symmetric_difference(self, other):
        return self._new(self._data ^ set(_elements(other)))

    def issubset(self, other):
        self._check(other)
        return self._data <= other._data

    def issuperset(self, other):
        self._check(other)
        return self._data >= other._data

    def __le__(self, other):
        self._check(other)
        return self._data <= other._data

    def __ge__(self, other):
        self._check(other)
        return self._data >= other._data

    def __lt__(self, other):
        self._check(other)
        return self._data < other._data

    def __gt__(self, other):
        self._check(other)
        return self._data > other._data


def _elements(iterable):
    if isinstance(iterable, BaseSet):
        return iterable._data
    return iterable


def _hashable(element):
    # A mutable Set put into a set is stored as an ImmutableSet copy, as the sets module documents.
    if isinstance(element, Set):
        return ImmutableSet(element)
    return element


class ImmutableSet(BaseSet):
    """An immutable, hashable set."""

    def __init__(self, iterable=None):
        self._hashcode = None
        self._data = set(_hashable(e) for e in _elements(iterable)) if iterable is not None else set()

    def __hash__(self):
        if getattr(self, '_hashcode', None) is None:
            self._hashcode = hash(frozenset(self._data))
        return self._hashcode


class Set(BaseSet):
    """A mutable set (not hashable)."""

    def __init__(self, iterable=None):
        self._data = set(_hashable(e) for e in _elements(iterable)) if iterable is not None else set()

    __hash__ = None

    def __ior__(self, other):
        self._check(other)
        self._data |= other._data
        return self

    # No __iand__: under Skulpt a class's __iand__ would also serve the plain '&' operator. 's &= t' rebinds s
    # to a new Set instead of updating it in place.

    def __isub__(self, other):
        self._check(other)
        self._data -= other._data
        return self

    def __ixor__(self, other):
        self._check(other)
        self._data ^= other._data
        return self

    def union_update(self, other):
        self._data.update(_hashable(e) for e in _elements(other))

    update = union_update

    def intersection_update(self, other):
        self._data &= set(_elements(other))

    def difference_update(self, other):
        self._data -= set(_elements(other))

    def symmetric_difference_update(self, other):
        self._data ^= set(_elements(other))

    def clear(self):
        self._data.clear()

    def add(self, element):
        self._data.add(_hashable(element))

    def remove(self, element):
        # Jython's KeyError carries the str of the element.
        if element not in self._data:
            raise KeyError(str(element))
        self._data.remove(element)

    def discard(self, element):
        self._data.discard(element)

    def pop(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        return self._data.pop()
