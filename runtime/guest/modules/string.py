# string for the sandbox: CPython 2.7's string module (constants, the old function interface,
# maketrans, Template, Formatter), with Template's pattern compiled per class instead of by a metaclass.
import re as _re

whitespace = ' \t\n\r\v\f'
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
letters = lowercase + uppercase
ascii_lowercase = lowercase
ascii_uppercase = uppercase
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = """!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"""
printable = digits + letters + punctuation + whitespace

_idmap = ''.join([chr(_c) for _c in range(256)])


def capwords(s, sep=None):
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


def maketrans(fromstr, tostr):
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = list(_idmap)
    for i in range(len(fromstr)):
        table[ord(fromstr[i])] = tostr[i]
    return ''.join(table)


class _TemplateError(Exception):
    pass


_template_patterns = {}


def _template_pattern(cls):
    compiled = _template_patterns.get(cls)
    if compiled is None:
        pattern = cls.pattern
        if pattern is None:
            pattern = r"""
            %(delim)s(?:
              (?P<escaped>%(delim)s) |
              (?P<named>%(id)s)      |
              {(?P<braced>%(id)s)}   |
              (?P<invalid>)
            )
            """ % {'delim': _re.escape(cls.delimiter), 'id': cls.idpattern}
        if isinstance(pattern, basestring):
            compiled = _re.compile(pattern, _re.IGNORECASE | _re.VERBOSE)
        else:
            compiled = pattern
        _template_patterns[cls] = compiled
    return compiled


class Template(object):
    """A string class for supporting $-substitutions."""
    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'
    pattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                val = mapping[named]
                return '%s' % (val,)
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return _template_pattern(type(self)).sub(convert, self.template)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return '%s' % (mapping[named],)
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return _template_pattern(type(self)).sub(convert, self.template)


class _multimap(object):
    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


# The old function interface.
index_error = ValueError
atoi_error = ValueError
atof_error = ValueError
atol_error = ValueError


def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def swapcase(s):
    return s.swapcase()


def strip(s, chars=None):
    return s.strip(chars)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)


splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    return sep.join(words)


joinfields = join


def index(s, *args):
    return s.index(*args)


def rindex(s, *args):
    return s.rindex(*args)


def count(s, *args):
    return s.count(*args)


def find(s, *args):
    return s.find(*args)


def rfind(s, *args):
    return s.rfind(*args)


def atof(s):
    return float(s)


def atoi(s, base=10):
    return int(s, base)


def atol(s, base=10):
    return long(s, base)


def ljust(s, width, *args):
    return s.ljust(width, *args)


def rjust(s, width, *args):
    return s.rjust(width, *args)


def center(s, width, *args):
    return s.center(width, *args)


def zfill(x, width):
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def translate(s, table, deletions=""):
    if deletions or table is None:
        return s.translate(table, deletions)
    return s.translate(table + s[:0])


def capitalize(s):
    return s.capitalize()


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)


class Formatter(object):
    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object needs an argument")
        self, args = args[0], args[1:]
        if not args:
            raise TypeError("format() missing 1 required positional argument: 'format_string'")
        format_string, args = args[0], args[1:]
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
