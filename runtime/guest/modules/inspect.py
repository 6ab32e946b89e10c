# inspect for the sandbox (issue 14), from the Python 2.7 documentation and Jython 2.7's behaviour: the type
# predicates, getmembers, getmro, getargspec/formatargspec, getdoc/cleandoc and getmodule. The parts that need
# sources or frames (getsource, getfile, currentframe, stack, trace) are absent: the sandbox keeps no frame
# objects and no files.

import sys
import types
from collections import namedtuple

ArgSpec = namedtuple('ArgSpec', 'args varargs keywords defaults')

_CO_VARARGS = 0x4
_CO_VARKEYWORDS = 0x8
_CO_GENERATOR = 0x20


def ismodule(object):
    """True for a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for a class, new-style or old-style."""
    return isinstance(object, type) or type(object) is types.ClassType


def ismethod(object):
    """True for a bound or unbound method of a class defined in Python."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for a function defined in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    """True for a function (or method) whose body contains a yield."""
    if ismethod(object):
        object = object.im_func
    return isfunction(object) and bool(object.func_code.co_flags & _CO_GENERATOR)


def isgenerator(object):
    """True for the generator a generator function returns."""
    return isinstance(object, types.GeneratorType)


def isbuiltin(object):
    """True for a built-in function or a method of a built-in object."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    """True for an object whose type has __get__ but not __set__ and that is not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """True for an object whose type has both __get__ and __set__ (a property, a slot)."""
    kind = type(object)
    return hasattr(kind, '__set__') and hasattr(kind, '__get__')


def isroutine(object):
    """True for any kind of function or method."""
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def isabstract(object):
    """True for a class with abstract methods left."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def getmembers(object, predicate=None):
    """The (name, value) pairs of dir(object), sorted by name, keeping those the predicate accepts."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort()
    return results


def getmro(cls):
    """The classes searched for an attribute of cls, cls first: __mro__, or the depth-first order of an old-style class."""
    if type(cls) is not types.ClassType:
        return cls.__mro__
    order = []
    pending = [cls]
    while pending:
        klass = pending.pop(0)
        if klass not in order:
            order.append(klass)
        pending[0:0] = list(klass.__bases__)
    return tuple(order)


def getargspec(func):
    """ArgSpec(args, varargs, keywords, defaults) of a Python function or method."""
    if ismethod(func):
        func = func.im_func
    if not isfunction(func):
        raise TypeError('%r is not a Python function' % (func,))
    code = func.func_code
    count = code.co_argcount
    names = code.co_varnames
    args = list(names[:count])
    varargs = None
    keywords = None
    if code.co_flags & _CO_VARARGS:
        varargs = names[count]
        count += 1
    if code.co_flags & _CO_VARKEYWORDS:
        keywords = names[count]
    return ArgSpec(args, varargs, keywords, func.func_defaults)


def _join_nested(seq):
    if len(seq) == 1:
        return '(' + seq[0] + ',)'
    return '(' + ', '.join(seq) + ')'


def _format_arg(arg, formatarg, join):
    if isinstance(arg, (list, tuple)):
        return join([_format_arg(item, formatarg, join) for item in arg])
    return formatarg(arg)


def formatargspec(args, varargs=None, varkw=None, defaults=None,
                  formatarg=str,
                  formatvarargs=lambda name: '*' + name,
                  formatvarkw=lambda name: '**' + name,
                  formatvalue=lambda value: '=' + repr(value),
                  join=_join_nested):
    """The text of an argument list, '(a, b=1, *args, **kw)', from getargspec's four values."""
    parts = []
    first_default = len(args) - len(defaults) if defaults else len(args)
    for index, arg in enumerate(args):
        text = _format_arg(arg, formatarg, join)
        if defaults and index >= first_default:
            text = text + formatvalue(defaults[index - first_default])
        parts.append(text)
    if varargs is not None:
        parts.append(formatvarargs(varargs))
    if varkw is not None:
        parts.append(formatvarkw(varkw))
    return '(' + ', '.join(parts) + ')'


def cleandoc(doc):
    """A docstring without its indentation: tabs expanded, the common margin of the lines after the first
    removed, the first line's leading blanks stripped, and blank lines dropped at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for index in range(1, len(lines)):
            lines[index] = lines[index][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """The object's docstring cleaned by cleandoc, or None when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, basestring):
        return None
    return cleandoc(doc)


def getmodule(object):
    """The module an object was defined in (from its __module__), or None. The sandbox's sys.modules is empty:
    the module is found through the import machinery, so only an importable module is found."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if not isinstance(name, basestring):
        return None
    try:
        module = __import__(name)
    except ImportError:
        return None
    for part in name.split('.')[1:]:
        module = getattr(module, part, None)
    return module if ismodule(module) else None
