# future_builtins for the sandbox (issue 14): the Python 3 flavoured builtins of Python 2.7's documentation.
import itertools as _itertools

_builtin_hex = hex
_builtin_oct = oct

map = _itertools.imap
filter = _itertools.ifilter
zip = _itertools.izip


def hex(number):
    return _builtin_hex(number).rstrip('L')


def oct(number):
    text = _builtin_oct(number).rstrip('L')
    negative = text.startswith('-')
    digits = text.lstrip('-')
    if digits == '0':
        result = '0o0'
    else:
        result = '0o' + digits[1:]
    return ('-' if negative else '') + result


def ascii(obj):
    return repr(obj)
