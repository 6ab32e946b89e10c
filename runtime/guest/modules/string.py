# string for the sandbox, written from the Python 2.7 documentation of the string module: the constants
# (with Jython's whitespace, ' \t\n\r\x0b\x0c'), maketrans, capwords, the deprecated function interface
# (each one the matching str method), Template ($-substitution, overridable delimiter / idpattern /
# pattern) and Formatter (format / vformat built on the documented overridable steps).
import re as _re

whitespace = ' \t\n\r\x0b\x0c'
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = lowercase.upper()
letters = lowercase + uppercase
ascii_lowercase = lowercase
ascii_uppercase = uppercase
ascii_letters = letters
digits = '0123456789'
hexdigits = digits + 'abcdefABCDEF'
octdigits = digits[:8]
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (str.split(sep)), capitalize each and join them with sep (default a space)."""
    words = [word.capitalize() for word in s.split(sep)]
    if sep is None:
        return ' '.join(words)
    return sep.join(words)


def maketrans(fromstr, tostr):
    """A 256-character table for str.translate mapping each character of fromstr to the one of tostr."""
    if len(fromstr) != len(tostr):
        raise ValueError('maketrans arguments must have same length')
    table = [chr(code) for code in range(256)]
    for source, target in zip(fromstr, tostr):
        table[ord(source)] = target
    return ''.join(table)


# --- the deprecated function interface: each is the str method of the same name ---------------------------
index_error = atoi_error = atof_error = atol_error = ValueError


def atof(s):
    return float(s)


def atoi(s, base=10):
    return int(s, base)


def atol(s, base=10):
    return long(s, base)


def capitalize(s):
    return s.capitalize()


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def find(s, sub, *span):
    return s.find(sub, *span)


def rfind(s, sub, *span):
    return s.rfind(sub, *span)


def index(s, sub, *span):
    return s.index(sub, *span)


def rindex(s, sub, *span):
    return s.rindex(sub, *span)


def count(s, sub, *span):
    return s.count(sub, *span)


def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def swapcase(s):
    return s.swapcase()


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)


splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    return sep.join(words)


joinfields = join


def strip(s, chars=None):
    return s.strip(chars)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def ljust(s, width, *fill):
    return s.ljust(width, *fill)


def rjust(s, width, *fill):
    return s.rjust(width, *fill)


def center(s, width, *fill):
    return s.center(width, *fill)


def zfill(x, width):
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def translate(s, table, deletions=''):
    if deletions or table is None:
        return s.translate(table, deletions)
    return s.translate(table)


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)


# --- Template ----------------------------------------------------------------------------------------------

def _compiled_pattern(cls):
    # a class's placeholder pattern, compiled on first use and kept on that class
    cached = cls.__dict__.get('_compiled')
    if cached is not None:
        return cached
    pattern = cls.pattern
    if pattern is None:
        delim = _re.escape(cls.delimiter)
        pattern = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                   % (delim, delim, cls.idpattern, cls.idpattern))
    if isinstance(pattern, basestring):
        pattern = _re.compile(pattern, _re.IGNORECASE | _re.VERBOSE)
    cls._compiled = pattern
    return pattern


class _Chain(object):
    # keyword arguments first, then the mapping
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _mapping_of(method, args, kws):
    if not args:
        raise TypeError("descriptor '%s' of 'Template' object needs an argument" % method)
    if len(args) > 2:
        raise TypeError('Too many positional arguments')
    if len(args) == 1:
        return args[0], kws
    if kws:
        return args[0], _Chain(kws, args[1])
    return args[0], args[1]


class Template(object):
    """A string with $name / ${name} placeholders ($$ is a literal $)."""
    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'
    pattern = None

    def __init__(self, template):
        self.template = template

    def _fail(self, match):
        # the 1-based line and column of a delimiter that starts no valid placeholder (for a custom pattern:
        # of the character before the 'invalid' group)
        start = match.start('invalid')
        before = self.template[:start]
        line = before.count('\n') + 1
        column = (start - 1) - (before.rfind('\n') + 1) + 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def _replace(self, mapping, safe):
        def one(match):
            name = match.group('named')
            if name is None:
                name = match.group('braced')
            if name is not None:
                if safe:
                    try:
                        return '%s' % (mapping[name],)
                    except KeyError:
                        return match.group(0)
                return '%s' % (mapping[name],)
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                if safe:
                    return match.group(0)
                self._fail(match)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return _compiled_pattern(type(self)).sub(one, self.template)

    def substitute(*args, **kws):
        self, mapping = _mapping_of('substitute', args, kws)
        return self._replace(mapping, False)

    def safe_substitute(*args, **kws):
        self, mapping = _mapping_of('safe_substitute', args, kws)
        return self._replace(mapping, True)


# --- Formatter ---------------------------------------------------------------------------------------------

def _split_field(text):
    # '{name!r:spec}' contents -> (name, conversion, spec); a ':' or '!' inside [...] belongs to the name
    depth = 0
    for i, ch in enumerate(text):
        if ch == '[':
            depth += 1
        elif ch == ']':
            depth -= 1
        elif depth == 0 and ch in '!:':
            name, rest = text[:i], text[i:]
            conversion = None
            if rest[0] == '!':
                if len(rest) < 2 or (len(rest) > 2 and rest[2] != ':'):
                    raise ValueError('expected \':\' after format specifier')
                conversion = rest[1]
                rest = rest[2:]
            return name, conversion, rest[1:]
    return text, None, ''


class Formatter(object):
    """str.format as a class whose steps (parse, get_field, get_value, convert_field...) can be overridden."""

    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object needs an argument")
        if len(args) < 2:
            raise TypeError("format() takes at least 1 argument (0 given)")
        return args[0].vformat(args[1], args[2:], kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        out = self._render(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return out

    def _render(self, format_string, args, kwargs, used, depth):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        auto = [0]
        for literal, field, spec, conversion in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            if field == '':
                field = str(auto[0])
                auto[0] += 1
            value, key = self.get_field(field, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec = self._render(spec, args, kwargs, used, depth - 1)
            out.append(self.format_field(value, spec))
        return ''.join(out)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece of format_string."""
        pieces = []
        literal = []
        i = 0
        size = len(format_string)
        while i < size:
            ch = format_string[i]
            if ch == '}':
                if format_string[i + 1:i + 2] != '}':
                    raise ValueError("Single '}' encountered in format string")
                literal.append('}')
                i += 2
            elif ch == '{':
                if format_string[i + 1:i + 2] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < size and depth:
                    if format_string[j] == '{':
                        depth += 1
                    elif format_string[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                name, conversion, spec = _split_field(format_string[i + 1:j - 1])
                pieces.append((''.join(literal), name, spec, conversion))
                literal = []
                i = j
            else:
                literal.append(ch)
                i += 1
        if literal:
            pieces.append((''.join(literal), None, None, None))
        return pieces

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to (attribute and index parts applied), and its first part."""
        parts = _re.split(r'(\.[^.\[]*|\[[^\]]*\])', field_name)
        first = parts[0]
        key = int(first) if first.isdigit() else first
        value = self.get_value(key, args, kwargs)
        for part in parts[1:]:
            if not part:
                continue
            if part[0] == '.':
                value = getattr(value, part[1:])
            else:
                index = part[1:-1]
                value = value[int(index) if index.isdigit() else index]
        return value, key

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 'r':
            return repr(value)
        if conversion == 's':
            return str(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)
