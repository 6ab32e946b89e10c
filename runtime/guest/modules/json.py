# json for the sandbox: the pure-Python encoder and decoder of CPython 2.7's json package, condensed
# into one module (same output format: ', ' item separator even with indent, floats by repr, strings
# decoded to unicode).
import re

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONEncoder']

INFINITY = float('inf')
NaN = float('nan')

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u%04x' % (_i,))


def _escape_char(c, ascii_only):
    e = ESCAPE_DCT.get(c)
    if e is not None:
        return e
    n = ord(c)
    if not ascii_only or n < 0x80:
        return c
    if n < 0x10000:
        return '\\u%04x' % (n,)
    n -= 0x10000
    s1 = 0xd800 | ((n >> 10) & 0x3ff)
    s2 = 0xdc00 | (n & 0x3ff)
    return '\\u%04x\\u%04x' % (s1, s2)


_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
_NEEDS_ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    def replace(match):
        return ESCAPE_DCT[match.group(0)]
    return '"' + _NEEDS_ESCAPE.sub(replace, s) + '"'


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if isinstance(s, str) and not isinstance(s, unicode):
        try:
            s = s.decode('utf-8')
        except Exception:
            pass
    if _NEEDS_ESCAPE_ASCII.search(s) is None:
        return str('"' + s + '"')
    return str('"' + _NEEDS_ESCAPE_ASCII.sub(lambda m: _escape_char(m.group(0), True), s) + '"')


def _floatstr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


class JSONEncoder(object):
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
        if default is not None:
            self.default = default
        self.encoding = encoding

    def default(self, o):
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        if isinstance(o, basestring):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = list(self.iterencode(o))
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        chunks = []
        self._encode(o, 0, markers, encoder, chunks)
        return iter(chunks)

    def _newline(self, level):
        return '\n' + (' ' * self.indent) * level

    def _encode(self, o, level, markers, encoder, out):
        if isinstance(o, basestring):
            out.append(encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, (int, long)):
            out.append(str(o))
        elif isinstance(o, float):
            out.append(_floatstr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, level, markers, encoder, out)
        elif isinstance(o, dict):
            self._encode_dict(o, level, markers, encoder, out)
        else:
            marker = self._enter(o, markers)
            self._encode(self.default(o), level, markers, encoder, out)
            self._leave(marker, markers)

    def _enter(self, o, markers):
        if markers is None:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
        return marker

    def _leave(self, marker, markers):
        if markers is not None:
            del markers[marker]

    def _open(self, opener, level, out):
        """Writes an opening bracket; returns the nested level, its newline (None without indent) and separator."""
        out.append(opener)
        if self.indent is None:
            return level, None, self.item_separator
        level += 1
        newline = self._newline(level)
        out.append(newline)
        return level, newline, self.item_separator + newline

    def _close(self, closer, level, newline, out):
        if newline is not None:
            out.append(self._newline(level - 1))
        out.append(closer)

    def _encode_list(self, lst, level, markers, encoder, out):
        if not lst:
            out.append('[]')
            return
        marker = self._enter(lst, markers)
        level, newline, separator = self._open('[', level, out)
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self._encode(value, level, markers, encoder, out)
        self._close(']', level, newline, out)
        self._leave(marker, markers)

    def _encode_dict(self, dct, level, markers, encoder, out):
        if not dct:
            out.append('{}')
            return
        marker = self._enter(dct, markers)
        level, newline, separator = self._open('{', level, out)
        first = True
        if self.sort_keys:
            items = sorted(dct.items(), key=lambda kv: kv[0])
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, basestring):
                pass
            elif isinstance(key, float):
                key = _floatstr(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, (int, long)):
                key = str(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError("keys must be a string: " + repr(key))
            if first:
                first = False
            else:
                out.append(separator)
            out.append(encoder(key))
            out.append(self.key_separator)
            self._encode(value, level, markers, encoder, out)
        self._close('}', level, newline, out)
        self._leave(marker, markers)


_default_encoder = JSONEncoder()


def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, encoding='utf-8', default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and encoding == 'utf-8' and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, encoding=encoding,
               default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    for chunk in [dumps(obj, **kw)]:
        fp.write(chunk)


# ---- decoder ----

def linecol(doc, pos):
    lineno = doc.count('\n', 0, pos) + 1
    if lineno == 1:
        colno = pos + 1
    else:
        colno = pos - doc.rindex('\n', 0, pos)
    return lineno, colno


def errmsg(msg, doc, pos, end=None):
    lineno, colno = linecol(doc, pos)
    if end is None:
        fmt = '{0}: line {1} column {2} (char {3})'
        return fmt.format(msg, lineno, colno, pos)
    endlineno, endcolno = linecol(doc, end)
    fmt = '{0}: line {1} column {2} - line {3} column {4} (char {5} - {6})'
    return fmt.format(msg, lineno, colno, endlineno, endcolno, pos, end)


_CONSTANTS = {
    '-Infinity': -INFINITY,
    'Infinity': INFINITY,
    'NaN': NaN,
}

STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', re.S)
BACKSLASH = {
    '"': u'"', '\\': u'\\', '/': u'/',
    'b': u'\b', 'f': u'\f', 'n': u'\n', 'r': u'\r', 't': u'\t',
}
WHITESPACE = re.compile(r'[ \t\n\r]*')
WHITESPACE_STR = ' \t\n\r'
NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?', re.S)


def _decode_uXXXX(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        try:
            return int(esc, 16)
        except ValueError:
            pass
    msg = "Invalid \\uXXXX escape"
    raise ValueError(errmsg(msg, s, pos))


def scanstring(s, end, encoding=None, strict=True):
    chunks = []
    _append = chunks.append
    begin = end - 1
    while 1:
        chunk = STRINGCHUNK.match(s, end)
        if chunk is None:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        end = chunk.end()
        content, terminator = chunk.groups()
        if content:
            _append(unicode(content))
        if terminator == '"':
            break
        elif terminator != '\\':
            if strict:
                msg = "Invalid control character {0!r} at".format(terminator)
                raise ValueError(errmsg(msg, s, end))
            else:
                _append(terminator)
                continue
        try:
            esc = s[end]
        except IndexError:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        if esc != 'u':
            try:
                char = BACKSLASH[esc]
            except KeyError:
                msg = "Invalid \\escape: " + repr(esc)
                raise ValueError(errmsg(msg, s, end))
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = unichr(uni)
        _append(char)
    return u''.join(chunks), end


def JSONObject(s_and_end, encoding, strict, scan_once, object_hook, object_pairs_hook):
    s, end = s_and_end
    pairs = []
    pairs_append = pairs.append
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar in WHITESPACE_STR:
            end = WHITESPACE.match(s, end).end()
            nextchar = s[end:end + 1]
        if nextchar == '}':
            if object_pairs_hook is not None:
                result = object_pairs_hook(pairs)
                return result, end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        elif nextchar != '"':
            raise ValueError(errmsg("Expecting property name", s, end))
    end += 1
    while True:
        key, end = scanstring(s, end, encoding, strict)
        if s[end:end + 1] != ':':
            end = WHITESPACE.match(s, end).end()
            if s[end:end + 1] != ':':
                raise ValueError(errmsg("Expecting : delimiter", s, end))
        end += 1
        try:
            if s[end] in WHITESPACE_STR:
                end += 1
                if s[end] in WHITESPACE_STR:
                    end = WHITESPACE.match(s, end + 1).end()
        except IndexError:
            pass
        try:
            value, end = scan_once(s, end)
        except StopIteration:
            raise ValueError(errmsg("Expecting object", s, end))
        pairs_append((key, value))
        try:
            nextchar = s[end]
            if nextchar in WHITESPACE_STR:
                end = WHITESPACE.match(s, end + 1).end()
                nextchar = s[end]
        except IndexError:
            nextchar = ''
        end += 1
        if nextchar == '}':
            break
        elif nextchar != ',':
            raise ValueError(errmsg("Expecting , delimiter", s, end - 1))
        try:
            nextchar = s[end]
            if nextchar in WHITESPACE_STR:
                end += 1
                nextchar = s[end]
                if nextchar in WHITESPACE_STR:
                    end = WHITESPACE.match(s, end + 1).end()
                    nextchar = s[end]
        except IndexError:
            nextchar = ''
        end += 1
        if nextchar != '"':
            raise ValueError(errmsg("Expecting property name", s, end - 1))
    if object_pairs_hook is not None:
        result = object_pairs_hook(pairs)
        return result, end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once):
    s, end = s_and_end
    values = []
    nextchar = s[end:end + 1]
    if nextchar in WHITESPACE_STR:
        end = WHITESPACE.match(s, end).end()
        nextchar = s[end:end + 1]
    if nextchar == ']':
        return values, end + 1
    _append = values.append
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration:
            raise ValueError(errmsg("Expecting object", s, end))
        _append(value)
        nextchar = s[end:end + 1]
        if nextchar in WHITESPACE_STR:
            end = WHITESPACE.match(s, end).end()
            nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        elif nextchar != ',':
            raise ValueError(errmsg("Expecting , delimiter", s, end))
        try:
            if s[end] in WHITESPACE_STR:
                end += 1
                if s[end] in WHITESPACE_STR:
                    end = WHITESPACE.match(s, end + 1).end()
        except IndexError:
            pass
    return values, end


class JSONDecoder(object):
    def __init__(self, encoding=None, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.encoding = encoding
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict

    def _scan_once(self, string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration
        if nextchar == '"':
            return scanstring(string, idx + 1, self.encoding, self.strict)
        elif nextchar == '{':
            return JSONObject((string, idx + 1), self.encoding, self.strict, self._scan_once,
                              self.object_hook, self.object_pairs_hook)
        elif nextchar == '[':
            return JSONArray((string, idx + 1), self._scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        m = NUMBER_RE.match(string, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                res = self.parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = self.parse_int(integer)
            return res, m.end()
        elif nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        else:
            raise StopIteration

    def decode(self, s):
        obj, end = self.raw_decode(s, idx=WHITESPACE.match(s, 0).end())
        end = WHITESPACE.match(s, end).end()
        if end != len(s):
            raise ValueError(errmsg("Extra data", s, end, len(s)))
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self._scan_once(s, idx)
        except StopIteration:
            raise ValueError("No JSON object could be decoded")
        return obj, end


_default_decoder = JSONDecoder()


def loads(s, encoding=None, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if (cls is None and encoding is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(encoding=encoding, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
