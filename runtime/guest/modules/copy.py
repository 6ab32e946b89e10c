# copy for the sandbox, written for it from the Python 2.7 documentation: shallow and deep copies, honouring
# __copy__, __deepcopy__, __getinitargs__, __getstate__/__setstate__ and __reduce_ex__-free class instances.
import types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass

error = Error

_ATOMIC = (type(None), int, long, float, bool, complex, str, unicode, type, types.FunctionType,
           types.BuiltinFunctionType, type(Ellipsis), xrange, types.ClassType, types.ModuleType)


def _instance_copy(x, deep, memo):
    cls = x.__class__
    if hasattr(x, '__getinitargs__'):
        args = x.__getinitargs__()
        if deep:
            args = deepcopy(args, memo)
        y = cls(*args)
    elif isinstance(x, types.InstanceType):
        y = types.InstanceType(cls)
    else:
        y = object.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None)
        if state is None:
            state = {}
            for klass in cls.__mro__ if hasattr(cls, '__mro__') else ():
                for name in getattr(klass, '__slots__', ()):
                    if hasattr(x, name):
                        state[name] = getattr(x, name)
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        for k, v in state.items():
            setattr(y, k, v)
    return y


def _container_copy(x, cls, deep, memo):
    if cls is list or isinstance(x, list):
        y = cls.__new__(cls) if cls is not list else []
        if cls is not list and hasattr(x, '__dict__'):
            pass
        if memo is not None:
            memo[id(x)] = y
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        y = {} if cls is dict else cls.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
        for k, v in x.iteritems():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, tuple):
        items = [deepcopy(item, memo) if deep else item for item in x]
        if memo is not None and id(x) in memo:
            return memo[id(x)]
        same = True
        for a, b in zip(items, x):
            if a is not b:
                same = False
        if same and cls is tuple:
            return x
        return cls(items) if cls is tuple else cls.__new__(cls, items)
    elif isinstance(x, (set, frozenset)):
        items = [deepcopy(item, memo) if deep else item for item in x]
        if not deep and cls is frozenset:
            return x
        y = cls(items)
    else:
        return None
    if cls not in (list, dict, tuple, set, frozenset) and hasattr(x, '__dict__'):
        state = x.__dict__
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    return y


def copy(x):
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set):
        return cls(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(x, '__copy__', None)
    if copier is not None and not isinstance(x, type):
        return copier()
    if isinstance(x, (list, dict, tuple, set, frozenset)):
        return _container_copy(x, cls, False, None)
    if hasattr(x, '__class__'):
        return _instance_copy(x, False, None)
    raise Error('un(shallow)copyable object of type %s' % cls)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    copier = getattr(x, '__deepcopy__', None)
    if copier is not None and not isinstance(x, type):
        y = copier(memo)
    elif isinstance(x, (list, dict, tuple, set, frozenset)):
        y = _container_copy(x, cls, True, memo)
    elif hasattr(x, '__class__'):
        y = _instance_copy(x, True, memo)
    else:
        raise Error('un(deep)copyable object of type %s' % cls)
    memo[d] = y
    keep = memo.setdefault(id(memo), [])
    keep.append(x)
    return y
