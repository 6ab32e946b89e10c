# json for the sandbox, written from the Python 2.7 documentation of the json module and from Jython 2.7's
# observed output (test/compat corpus 104-107, 123, 128, 135, 168 and 218-221):
#   dumps  ', ' / ': ' separators (', ' stays the item separator with indent, so indented lines end in a
#          space), floats by repr, NaN/Infinity, non-ASCII as \uXXXX (surrogate pairs past U+FFFF) unless
#          ensure_ascii=False, byte strings decoded with `encoding` first.
#   loads  strings become unicode; error messages name the problem and its place, as Jython words them:
#          "Expecting , delimiter: line 1 column 7 (char 6)".
import re as _re

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONEncoder']

_INF = float('inf')

# --- encoding --------------------------------------------------------------------------------------------

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
_NEEDS_ESCAPE_ASCII = _re.compile(u'[^ -~]|["\\\\]')       # everything outside printable ASCII, and " \
_NEEDS_ESCAPE = _re.compile(u'[\x00-\x1f"\\\\]')          # control characters, and " \


def _escape_one(match):
    ch = match.group(0)
    short = _SHORT_ESCAPES.get(ch)
    if short is not None:
        return short
    code = ord(ch)
    if code > 0xFFFF:
        code -= 0x10000
        return '\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))
    return '\\u%04x' % code


def _quote(text, ascii_only):
    if ascii_only:
        return '"' + str(_NEEDS_ESCAPE_ASCII.sub(_escape_one, text)) + '"'
    return '"' + _NEEDS_ESCAPE.sub(_escape_one, text) + '"'


class JSONEncoder(object):
    """Turns dicts, lists, tuples, strings, numbers, booleans and None into JSON text."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, encoding='utf-8', default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        self.encoding = encoding
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(repr(o) + ' is not JSON serializable')

    def encode(self, o):
        pieces = self.iterencode(o)
        if not isinstance(pieces, list):
            pieces = list(pieces)
        if not self.ensure_ascii:
            for piece in pieces:
                if isinstance(piece, unicode):
                    return u''.join(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        out = []
        _Writer(self, out).value(o, 0)
        return out


class _Writer(object):
    # one encoding run: appends JSON pieces to `out`, tracking containers in progress by id
    def __init__(self, encoder, out):
        self.enc = encoder
        self.out = out
        self.open_ids = {} if encoder.check_circular else None

    def text(self, s):
        if isinstance(s, str):
            if not self.enc.ensure_ascii:
                return _quote(s, False)
            s = s.decode(self.enc.encoding)
        return _quote(s, self.enc.ensure_ascii)

    def number(self, f):
        if f != f:
            word = 'NaN'
        elif f == _INF:
            word = 'Infinity'
        elif f == -_INF:
            word = '-Infinity'
        else:
            return repr(f)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return word

    def scalar(self, o):
        # the JSON text of a non-container value, or None
        if isinstance(o, basestring):
            return self.text(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, (int, long)):
            return '%d' % o
        if isinstance(o, float):
            return self.number(o)
        return None

    def value(self, o, depth):
        piece = self.scalar(o)
        if piece is not None:
            self.out.append(piece)
        elif isinstance(o, (list, tuple)):
            self.container(o, depth, self.array)
        elif isinstance(o, dict):
            self.container(o, depth, self.obj)
        else:
            self.container(o, depth, self.fallback)

    def container(self, o, depth, write):
        key = None
        if self.open_ids is not None:
            key = id(o)
            if key in self.open_ids:
                raise ValueError('Circular reference detected')
            self.open_ids[key] = o
        write(o, depth)
        if key is not None:
            del self.open_ids[key]

    def fallback(self, o, depth):
        self.value(self.enc.default(o), depth)

    def newline(self, depth):
        return '\n' + ' ' * self.enc.indent * depth

    def array(self, items, depth):
        if not items:
            self.out.append('[]')
            return
        inner = depth + 1
        separator = self.enc.item_separator
        prefix = '['
        if self.enc.indent is not None:
            prefix += self.newline(inner)
            separator += self.newline(inner)
        for item in items:
            # a scalar item travels in one piece with the text before it, as iterencode shows
            piece = self.scalar(item)
            if piece is not None:
                self.out.append(prefix + piece)
            else:
                self.out.append(prefix)
                self.value(item, inner)
            prefix = separator
        if self.enc.indent is not None:
            self.out.append(self.newline(depth))
        self.out.append(']')

    def key_text(self, key):
        if isinstance(key, basestring):
            return self.text(key)
        if isinstance(key, float):
            return '"' + self.number(key) + '"'
        if key is True or key is False or key is None or isinstance(key, (int, long)):
            return '"' + self.scalar(key) + '"'
        if self.enc.skipkeys:
            return None
        raise TypeError('keys must be a string: ' + repr(key))

    def obj(self, mapping, depth):
        if not mapping:
            self.out.append('{}')
            return
        self.out.append('{')
        inner = depth + 1
        separator = self.enc.item_separator
        if self.enc.indent is not None:
            self.out.append(self.newline(inner))
            separator += self.newline(inner)
        pairs = mapping.items()
        if self.enc.sort_keys:
            pairs = sorted(pairs, key=lambda pair: pair[0])
        first = True
        for key, item in pairs:
            name = self.key_text(key)
            if name is None:
                continue
            if not first:
                self.out.append(separator)
            first = False
            self.out.append(name)
            self.out.append(self.enc.key_separator)
            self.value(item, inner)
        if self.enc.indent is not None:
            self.out.append(self.newline(depth))
        self.out.append('}')


def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    encoder_class = JSONEncoder if cls is None else cls
    return encoder_class(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                         allow_nan=allow_nan, indent=indent, separators=separators, encoding=encoding,
                         default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as JSON to the file-like object fp (anything with write)."""
    fp.write(dumps(obj, **kw))


# --- decoding --------------------------------------------------------------------------------------------

_BLANK = _re.compile(r'[ \t\n\r]*')
_NUMBER = _re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')
_PLAIN_RUN = _re.compile(u'[^"\\\\\x00-\x1f]*')
_HEX4 = _re.compile(r'[0-9a-fA-F]{4}')
_SIMPLE_ESCAPES = {'"': u'"', '\\': u'\\', '/': u'/', 'b': u'\b', 'f': u'\f', 'n': u'\n', 'r': u'\r', 't': u'\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


def _where(doc, pos):
    line = doc.count('\n', 0, pos) + 1
    if line == 1:
        column = pos + 1
    else:
        column = pos - doc.rindex('\n', 0, pos)
    return line, column


def _error(message, doc, pos, end=None):
    line, column = _where(doc, pos)
    if end is None:
        return ValueError('%s: line %d column %d (char %d)' % (message, line, column, pos))
    end_line, end_column = _where(doc, end)
    return ValueError('%s: line %d column %d - line %d column %d (char %d - %d)'
                      % (message, line, column, end_line, end_column, pos, end))


class _NoValue(Exception):
    # no JSON value starts here; surfaces as "No JSON object could be decoded"
    pass


class _Reader(object):
    def __init__(self, decoder, doc):
        self.dec = decoder
        self.doc = doc
        self.size = len(doc)

    def skip(self, pos):
        return _BLANK.match(self.doc, pos).end()

    def at_end(self):
        # input ran out inside an array or object
        return _error('Expecting object', self.doc, self.size - 1)

    def value(self, pos):
        doc = self.doc
        if pos >= self.size:
            raise _NoValue()
        ch = doc[pos]
        if ch == '"':
            return self.string(pos)
        if ch == '{':
            return self.obj(pos + 1)
        if ch == '[':
            return self.array(pos + 1)
        for word, result in (('null', None), ('true', True), ('false', False)):
            if doc.startswith(word, pos):
                return result, pos + len(word)
        number = _NUMBER.match(doc, pos)
        if number is not None:
            whole, fraction, exponent = number.groups()
            if fraction or exponent:
                return self.dec.parse_float(whole + (fraction or '') + (exponent or '')), number.end()
            return self.dec.parse_int(whole), number.end()
        for word in ('NaN', 'Infinity', '-Infinity'):
            if doc.startswith(word, pos):
                return self.dec.parse_constant(word), pos + len(word)
        raise _NoValue()

    def hex4(self, u_pos):
        # the code unit of the \uXXXX escape whose 'u' is at u_pos
        digits = _HEX4.match(self.doc, u_pos + 1)
        if digits is None:
            raise _error('Invalid \\uXXXX escape', self.doc, u_pos)
        return int(digits.group(0), 16)

    def unicode_escape(self, u_pos):
        code = self.hex4(u_pos)
        if 0xDC00 <= code <= 0xDFFF:
            raise _error('Unpaired low surrogate', self.doc, u_pos)
        if not 0xD800 <= code <= 0xDBFF:
            return unichr(code), u_pos + 5
        if self.doc[u_pos + 5:u_pos + 7] != '\\u':
            raise _error('Unpaired high surrogate', self.doc, u_pos)
        low = self.hex4(u_pos + 6)
        if not 0xDC00 <= low <= 0xDFFF:
            raise _error('Unpaired high surrogate', self.doc, u_pos + 6)
        return unichr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), u_pos + 11

    def string(self, start):
        doc = self.doc
        parts = []
        pos = start + 1
        while True:
            run = _PLAIN_RUN.match(doc, pos)
            if run.end() > pos:
                parts.append(run.group(0))
                pos = run.end()
            if pos >= self.size:
                raise _error('Unterminated string starting at', doc, start)
            ch = doc[pos]
            if ch == '"':
                return u''.join(parts), pos + 1
            if ch != '\\':
                if self.dec.strict:
                    raise _error('Invalid control character at', doc, pos)
                parts.append(ch)
                pos += 1
                continue
            if pos + 1 >= self.size:
                raise _error('Unterminated string starting at', doc, start)
            kind = doc[pos + 1]
            if kind == 'u':
                ch, pos = self.unicode_escape(pos + 1)
                parts.append(ch)
            elif kind in _SIMPLE_ESCAPES:
                parts.append(_SIMPLE_ESCAPES[kind])
                pos += 2
            else:
                raise _error('Invalid \\escape', doc, pos)

    def array(self, pos):
        items = []
        pos = self.skip(pos)
        if pos >= self.size:
            raise self.at_end()
        if self.doc[pos] == ']':
            return items, pos + 1
        while True:
            item, pos = self.value(pos)
            items.append(item)
            pos = self.skip(pos)
            if pos >= self.size:
                raise self.at_end()
            ch = self.doc[pos]
            if ch == ']':
                return items, pos + 1
            if ch != ',':
                raise _error('Expecting , delimiter', self.doc, pos)
            pos = self.skip(pos + 1)
            if pos >= self.size:
                raise self.at_end()

    def obj(self, pos):
        doc = self.doc
        pairs = []
        pos = self.skip(pos)
        if pos >= self.size:
            raise self.at_end()
        if doc[pos] == '}':
            pos += 1
        else:
            while True:
                if doc[pos] != '"':
                    raise _error('Expecting property name', doc, pos)
                key, pos = self.string(pos)
                pos = self.skip(pos)
                if pos >= self.size or doc[pos] != ':':
                    raise _error('Expecting : delimiter', doc, pos)
                item, pos = self.value(self.skip(pos + 1))
                pairs.append((key, item))
                pos = self.skip(pos)
                if pos >= self.size:
                    raise self.at_end()
                if doc[pos] == '}':
                    pos += 1
                    break
                if doc[pos] != ',':
                    raise _error('Expecting , delimiter', doc, pos)
                pos = self.skip(pos + 1)
                if pos >= self.size:
                    raise self.at_end()
        if self.dec.object_pairs_hook is not None:
            return self.dec.object_pairs_hook(pairs), pos
        result = dict(pairs)
        if self.dec.object_hook is not None:
            result = self.dec.object_hook(result)
        return result, pos


class JSONDecoder(object):
    """Turns JSON text into Python objects (objects to dicts, arrays to lists, strings to unicode)."""

    def __init__(self, encoding=None, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.encoding = encoding
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict

    def _text(self, s):
        if isinstance(s, str):
            return s.decode(self.encoding or 'utf-8')
        return s

    def decode(self, s):
        doc = self._text(s)
        value, end = self.raw_decode(doc, _BLANK.match(doc, 0).end())
        end = _BLANK.match(doc, end).end()
        if end != len(doc):
            raise _error('Extra data', doc, end, len(doc))
        return value

    def raw_decode(self, s, idx=0):
        try:
            return _Reader(self, self._text(s)).value(idx)
        except _NoValue:
            raise ValueError('No JSON object could be decoded')


def loads(s, encoding=None, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document s (str or unicode) to a Python object."""
    decoder_class = JSONDecoder if cls is None else cls
    return decoder_class(encoding=encoding, object_hook=object_hook, parse_float=parse_float,
                         parse_int=parse_int, parse_constant=parse_constant,
                         object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Deserialize the JSON document read from the file-like object fp."""
    return loads(fp.read(), **kw)
