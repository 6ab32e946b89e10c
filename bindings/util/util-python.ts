/** The Python part of system.util (see HostModule.python): members that work on Python objects. */
export const UTIL_PYTHON = String.raw`# system.util members that work on Python objects, run inside the sandbox on first use.
# Globals bound by the host before this runs: _LOG_LEVEL (trace|debug|info|warn|error), _PROJECT_NAME,
# _VERSION ([major, minor, rev, build]).
import sys
import json as _json

_LEVELS = ['trace', 'debug', 'info', 'warn', 'error']
_THRESHOLD = _LEVELS.index(_LOG_LEVEL)


def _java_double(x):
    """Double.toString: plain between 1e-3 and 1e7, otherwise d.dddE[-]n."""
    if x != x:
        return 'NaN'
    if x in (float('inf'), float('-inf')):
        return 'Infinity' if x > 0 else '-Infinity'
    if x == 0:
        return '-0.0' if str(x).startswith('-') else '0.0'
    sign = '-' if x < 0 else ''
    a = abs(x)
    text = repr(a)
    mantissa, _, exponent = text.partition('e')
    exponent = int(exponent or 0)
    whole, _, fraction = mantissa.partition('.')
    digits = (whole + fraction).lstrip('0')
    point = len(whole) + exponent - (len(whole + fraction) - len((whole + fraction).lstrip('0')))
    digits = digits.rstrip('0') or '0'
    if 1e-3 <= a < 1e7:
        if point <= 0:
            return sign + '0.' + '0' * (-point) + digits
        if point >= len(digits):
            return sign + digits + '0' * (point - len(digits)) + '.0'
        return sign + digits[:point] + '.' + digits[point:]
    return sign + digits[0] + '.' + (digits[1:] or '0') + 'E' + str(point - 1)


def _java_string(value):
    """What Java's String.valueOf gives for a value a script passes (Jython's conversions)."""
    if value is None:
        return u'null'
    if value is True:
        return u'true'
    if value is False:
        return u'false'
    if isinstance(value, float):
        return unicode(_java_double(value))
    if isinstance(value, basestring):
        return value
    return unicode(value)


def _round_half_up(x, precision):
    """'%.nf' as Java rounds it: half up, on the shortest decimal form of the double."""
    text = _java_double(abs(x))
    if 'E' in text:
        text = '%.20f' % abs(x)
    whole, _, fraction = text.partition('.')
    fraction = fraction + '0' * (precision + 1)
    kept = whole + fraction[:precision]
    number = int(kept) + (1 if fraction[precision] >= '5' else 0)
    kept = str(number).rjust(len(whole) + precision, '0')
    result = kept[:len(kept) - precision] + ('.' + kept[len(kept) - precision:] if precision else '')
    return ('-' if x < 0 or (x == 0 and str(x).startswith('-')) else '') + result


def _group(digits):
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return ','.join(out)


def _format_one(conversion, flags, width, precision, value):
    if conversion in 'sS':
        text = _java_string(value)
        if precision is not None:
            text = text[:precision]
        if conversion == 'S':
            text = text.upper()
    elif conversion in 'bB':
        text = u'false' if value is None or value is False else u'true'
        if conversion == 'B':
            text = text.upper()
    elif conversion in 'dxXo':
        if isinstance(value, bool) or not isinstance(value, (int, long)):
            raise ValueError('%s != %s' % (conversion, _java_type(value)))
        if conversion == 'd':
            digits = str(abs(value))
            if ',' in flags:
                digits = _group(digits)
            sign = '-' if value < 0 else ('+' if '+' in flags else (' ' if ' ' in flags else ''))
            text = sign + digits
        else:
            text = {'x': '%x', 'X': '%X', 'o': '%o'}[conversion] % value
    elif conversion in 'feE':
        if isinstance(value, bool) or not isinstance(value, float):
            raise ValueError('%s != %s' % (conversion, _java_type(value)))
        if conversion == 'f':
            text = _round_half_up(value, 6 if precision is None else precision)
            if ',' in flags:
                whole, dot, fraction = text.lstrip('-').partition('.')
                text = ('-' if text.startswith('-') else '') + _group(whole) + dot + fraction
        else:
            text = ('%.' + str(6 if precision is None else precision) + 'e') % value
            if conversion == 'E':
                text = text.upper()
        if '+' in flags and not text.startswith('-'):
            text = '+' + text
    else:
        raise ValueError("Conversion = '%s'" % conversion)
    if width is not None and len(text) < width:
        if '-' in flags:
            text = text + ' ' * (width - len(text))
        elif '0' in flags and conversion not in 'sSbB':
            sign = text[0] if text[:1] in ('-', '+', ' ') else ''
            text = sign + '0' * (width - len(text)) + text[len(sign):]
        else:
            text = ' ' * (width - len(text)) + text
    return text


def _java_type(value):
    if isinstance(value, bool):
        return 'java.lang.Boolean'
    if isinstance(value, float):
        return 'java.lang.Double'
    if isinstance(value, (int, long)):
        return 'java.lang.Integer'
    if isinstance(value, basestring):
        return 'java.lang.String'
    return 'org.python.core.Py' + type(value).__name__.capitalize()


def _java_format(pattern, args):
    """Java's String.format for the conversions scripts use: %s %S %d %x %X %o %f %e %E %b %n %%."""
    out = []
    i = 0
    next_arg = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c != '%':
            out.append(c)
            i += 1
            continue
        j = i + 1
        index = None
        k = j
        while k < n and pattern[k].isdigit():
            k += 1
        if k < n and k > j and pattern[k] == '$':
            index = int(pattern[j:k]) - 1
            j = k + 1
        flags = ''
        while j < n and pattern[j] in '-#+ 0,(':
            flags += pattern[j]
            j += 1
        width = None
        k = j
        while k < n and pattern[k].isdigit():
            k += 1
        if k > j:
            width = int(pattern[j:k])
            j = k
        precision = None
        if j < n and pattern[j] == '.':
            k = j + 1
            while k < n and pattern[k].isdigit():
                k += 1
            precision = int(pattern[j + 1:k])
            j = k
        if j >= n:
            raise ValueError("Format specifier '%s'" % pattern[i:])
        conversion = pattern[j]
        i = j + 1
        if conversion == '%':
            out.append('%')
            continue
        if conversion == 'n':
            out.append('\n')
            continue
        if index is None:
            index = next_arg
            next_arg += 1
        if index >= len(args):
            raise ValueError("Format specifier '%%%s'" % conversion)
        out.append(_format_one(conversion, flags, width, precision, args[index]))
    return u''.join(out)


class LoggerEx(object):
    """system.util.getLogger(name): records go to stderr as 'LEVEL [name] message', at or above --log-level."""

    def __init__(self, name):
        self._name = name

    def getName(self):
        return self._name

    def _log(self, level, message):
        if _LEVELS.index(level) >= _THRESHOLD:
            sys.stderr.write(u'%s [%s] %s\n' % (level.upper(), self._name, _java_string(message)))

    def _logf(self, level, pattern, args):
        if _LEVELS.index(level) >= _THRESHOLD:
            self._log(level, _java_format(pattern, args))

    def trace(self, message):
        self._log('trace', message)

    def debug(self, message):
        self._log('debug', message)

    def info(self, message):
        self._log('info', message)

    def warn(self, message):
        self._log('warn', message)

    def error(self, message):
        self._log('error', message)

    def tracef(self, format, *args):
        self._logf('trace', format, args)

    def debugf(self, format, *args):
        self._logf('debug', format, args)

    def infof(self, format, *args):
        self._logf('info', format, args)

    def warnf(self, format, *args):
        self._logf('warn', format, args)

    def errorf(self, format, *args):
        self._logf('error', format, args)

    def isTraceEnabled(self):
        return _THRESHOLD <= 0

    def isDebugEnabled(self):
        return _THRESHOLD <= 1

    def isInfoEnabled(self):
        return _THRESHOLD <= 2

    def isWarnEnabled(self):
        return _THRESHOLD <= 3

    def isErrorEnabled(self):
        return True

    def __repr__(self):
        return '<LoggerEx %s>' % self._name


def getLogger(name):
    return LoggerEx(name)


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r'}


def _quote(text):
    out = ['"']
    previous = ''
    for c in text:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif c == '/' and previous == '<':
            out.append('\\/')
        elif c < ' ' or u'\x80' <= c < u'\xa0' or u'\u2000' <= c < u'\u2100':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
        previous = c
    out.append('"')
    return u''.join(out)


def _number(value):
    if isinstance(value, float):
        text = _java_double(value)
        if value != value or value in (float('inf'), float('-inf')):
            raise ValueError('JSON does not allow non-finite numbers.')
        if '.' in text and 'E' not in text:
            text = text.rstrip('0').rstrip('.')
        return text
    return str(value)


def _encode(value, indent_factor, indent):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, (int, long, float)):
        return _number(value)
    if isinstance(value, basestring):
        return _quote(value)
    if hasattr(value, 'keys') and hasattr(value, '__getitem__'):
        items = [(unicode(k), value[k]) for k in value.keys()]
        if not items:
            return '{}'
        if indent_factor <= 0:
            return '{' + ','.join([_quote(k) + ':' + _encode(v, 0, 0) for k, v in items]) + '}'
        if len(items) == 1:
            k, v = items[0]
            return '{' + _quote(k) + ': ' + _encode(v, indent_factor, indent) + '}'
        inner = indent + indent_factor
        lines = [' ' * inner + _quote(k) + ': ' + _encode(v, indent_factor, inner) for k, v in items]
        return '{\n' + ',\n'.join(lines) + '\n' + ' ' * indent + '}'
    if isinstance(value, (list, tuple, set, frozenset)) or hasattr(value, '__iter__'):
        items = list(value)
        if not items:
            return '[]'
        if indent_factor <= 0:
            return '[' + ','.join([_encode(v, 0, 0) for v in items]) + ']'
        if len(items) == 1:
            return '[' + _encode(items[0], indent_factor, indent) + ']'
        inner = indent + indent_factor
        lines = [' ' * inner + _encode(v, indent_factor, inner) for v in items]
        return '[\n' + ',\n'.join(lines) + '\n' + ' ' * indent + ']'
    return _quote(unicode(value))


def jsonEncode(pyObj, indentFactor=0):
    """A JSON string: compact ('{"a":1}'), or indented by indentFactor spaces per level."""
    if isinstance(indentFactor, bool) or not isinstance(indentFactor, (int, long)):
        raise TypeError('jsonEncode(): indentFactor must be an integer')
    return unicode(_encode(pyObj, indentFactor, 0))


def jsonDecode(jsonString):
    """Python values from JSON text: dicts, lists, unicode strings, ints, floats, booleans, None."""
    if not isinstance(jsonString, basestring):
        raise TypeError('jsonDecode(): jsonString must be a string')
    return _json.loads(jsonString)


def getProjectName():
    return _PROJECT_NAME


class Version(object):
    """What getVersion() returns: major, minor, rev and build, printed as '8.1.0 (b0)'."""

    def __init__(self, major, minor, rev, build):
        self.major, self.minor, self.rev, self.build = major, minor, rev, build

    def getMajor(self):
        return self.major

    def getMinor(self):
        return self.minor

    def getRev(self):
        return self.rev

    def getBuild(self):
        return self.build

    def toParseableString(self):
        return u'%d.%d.%d.%d' % (self.major, self.minor, self.rev, self.build)

    def __str__(self):
        return '%d.%d.%d (b%d)' % (self.major, self.minor, self.rev, self.build)

    def __repr__(self):
        return 'Version(%s)' % self.toParseableString()


def getVersion():
    return Version(*_VERSION)


_GLOBALS = {}


def getGlobals():
    """A dictionary that persists for the run (on a gateway: until it restarts)."""
    return _GLOBALS
`;
