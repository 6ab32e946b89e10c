# pprint for the sandbox, written for it from the Python 2.7 documentation and Jython 2.7's output: a repr
# that fits the width stays on one line (dict keys sorted); dicts, lists, tuples, sets and frozensets with the
# builtin repr that do not are split one item per line.
import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter']


def _sorted(items):
    try:
        return sorted(items)
    except TypeError:
        return list(items)


def _safe(obj, context, maxlevels, level):
    """(repr text, readable, recursive) of obj, dicts with sorted keys."""
    typ = type(obj)
    if typ in (str, unicode):
        return repr(obj), True, False
    is_dict = issubclass(typ, dict) and typ.__repr__ is dict.__repr__
    is_list = issubclass(typ, list) and typ.__repr__ is list.__repr__
    is_tuple = issubclass(typ, tuple) and typ.__repr__ is tuple.__repr__
    if not (is_dict or is_list or is_tuple):
        text = repr(obj)
        return text, bool(text) and not text.startswith('<'), False
    if not obj:
        return repr(obj), True, False
    key = id(obj)
    if maxlevels and level >= maxlevels:
        return ('{...}' if is_dict else '[...]' if is_list else '(...)'), False, key in context
    if key in context:
        return _recursion(obj), False, True
    context[key] = 1
    readable, recursive = True, False
    parts = []
    level += 1
    if is_dict:
        for k, v in _sorted(obj.items()):
            krepr, kread, krec = _safe(k, context, maxlevels, level)
            vrepr, vread, vrec = _safe(v, context, maxlevels, level)
            parts.append('%s: %s' % (krepr, vrepr))
            readable = readable and kread and vread
            recursive = recursive or krec or vrec
    else:
        for item in obj:
            irepr, iread, irec = _safe(item, context, maxlevels, level)
            parts.append(irepr)
            readable = readable and iread
            recursive = recursive or irec
    del context[key]
    text = ', '.join(parts)
    if is_dict:
        return '{' + text + '}', readable, recursive
    if is_list:
        return '[' + text + ']', readable, recursive
    if len(obj) == 1:
        text += ','
    return '(' + text + ')', readable, recursive


def _recursion(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


def saferepr(obj):
    return _safe(obj, {}, None, 0)[0]


def isreadable(obj):
    return _safe(obj, {}, None, 0)[1]


def isrecursive(obj):
    return _safe(obj, {}, None, 0)[2]


class PrettyPrinter(object):
    def __init__(self, indent=1, width=80, depth=None, stream=None):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream

    def pprint(self, obj):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(obj) + '\n')

    def pformat(self, obj):
        out = []
        self._format(obj, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, obj):
        return self.format(obj, {}, 0, 0)[2]

    def isreadable(self, obj):
        s, readable, recursive = self.format(obj, {}, 0, 0)
        return readable and not recursive

    def format(self, obj, context, maxlevels, level):
        return _safe(obj, context, maxlevels, level)

    def _repr(self, obj, context, level):
        text, readable, recursive = self.format(obj, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _format(self, obj, out, indent, allowance, context, level):
        level += 1
        key = id(obj)
        if key in context:
            out.append(_recursion(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(obj, context, level - 1)
        typ = type(obj)
        split = len(text) > (self._width - 1 - indent - allowance)
        if self._depth and level > self._depth:
            out.append(text)
            return
        step = self._indent_per_level
        pad = ' ' * (step - 1) if step > 1 else ''
        if issubclass(typ, dict) and typ.__repr__ is dict.__repr__:
            # Python 2.7 pads after the brace whether or not the dict is split.
            out.append('{' + pad)
            if obj:
                context[key] = 1
                inner = indent + step
                first = True
                for k, v in _sorted(obj.items()):
                    krepr = self._repr(k, context, level)
                    if first:
                        out.append(krepr + ': ')
                        first = False
                    elif split:
                        out.append(',\n' + ' ' * inner + krepr + ': ')
                    else:
                        out.append(', ' + krepr + ': ')
                    self._format(v, out, inner + len(krepr) + 2, allowance + 1, context, level)
                del context[key]
            out.append('}')
            return
        kinds = ((list, '[', ']', 0), (tuple, '(', ')', 0), (set, 'set([', '])', 4),
                 (frozenset, 'frozenset([', '])', 10))
        for base, opening, closing, extra in kinds:
            if issubclass(typ, base) and typ.__repr__ is base.__repr__:
                if base in (set, frozenset):
                    if not obj:
                        out.append(text)
                        return
                    items = _sorted(obj)
                else:
                    items = list(obj)
                out.append(opening + (pad if split else ''))
                inner = indent + extra + step
                context[key] = 1
                for i, item in enumerate(items):
                    if i:
                        out.append(',\n' + ' ' * inner if split else ', ')
                    self._format(item, out, inner, allowance + 1, context, level)
                del context[key]
                if base is tuple and len(items) == 1:
                    out.append(',')
                out.append(closing)
                return
        out.append(text)


def pprint(obj, stream=None, indent=1, width=80, depth=None):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth).pprint(obj)


def pformat(obj, indent=1, width=80, depth=None):
    return PrettyPrinter(indent=indent, width=width, depth=depth).pformat(obj)
