# functools for the sandbox, written for it from the Python 2.7 documentation of the module: partial,
# update_wrapper/wraps, total_ordering, cmp_to_key and reduce.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

reduce = reduce


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        if hasattr(wrapped, name):
            try:
                setattr(wrapper, name, getattr(wrapped, name))
            except (AttributeError, TypeError):
                pass
    for name in updated:
        target = getattr(wrapper, name, None)
        if target is not None:
            try:
                target.update(getattr(wrapped, name, {}))
            except (AttributeError, TypeError):
                pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


class partial(object):
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    def __init__(*given, **keywords):
        if len(given) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self, func = given[0], given[1]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self.func = func
        self.args = given[2:]
        self.keywords = keywords or None

    def __call__(self, *more, **extra):
        merged = {}
        if self.keywords:
            merged.update(self.keywords)
        merged.update(extra)
        return self.func(*(self.args + more), **merged)

    def __repr__(self):
        return '<functools.partial object at 0x%x>' % (id(self) & 0xffffff)


def _derived(root):
    # Each missing operator, written with the root operator and == only.
    if root == '__lt__':
        return {'__gt__': lambda a, b: not (a < b or a == b), '__le__': lambda a, b: a < b or a == b,
                '__ge__': lambda a, b: not a < b}
    if root == '__le__':
        return {'__ge__': lambda a, b: not a <= b or a == b, '__lt__': lambda a, b: a <= b and not a == b,
                '__gt__': lambda a, b: not a <= b}
    if root == '__gt__':
        return {'__lt__': lambda a, b: not (a > b or a == b), '__ge__': lambda a, b: a > b or a == b,
                '__le__': lambda a, b: not a > b}
    return {'__le__': lambda a, b: not a >= b or a == b, '__gt__': lambda a, b: a >= b and not a == b,
            '__lt__': lambda a, b: not a >= b}


def total_ordering(cls):
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)
    for op, method in _derived(root).items():
        if op not in defined:
            method.__name__ = op
            setattr(cls, op, method)
    return cls


def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj, *unused):
            self.obj = obj

        def _cmp(self, other):
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._cmp(other) < 0

        def __le__(self, other):
            return self._cmp(other) <= 0

        def __eq__(self, other):
            return self._cmp(other) == 0

        def __ne__(self, other):
            return self._cmp(other) != 0

        def __gt__(self, other):
            return self._cmp(other) > 0

        def __ge__(self, other):
            return self._cmp(other) >= 0

        def __hash__(self):
            raise TypeError('hash not implemented')
    return K
