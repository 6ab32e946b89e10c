/** The Python part of system.util (see HostModule.python): members that work on Python objects. */
export const UTIL_PYTHON = String.raw`# system.util members that work on Python objects, run inside the sandbox on first use.
# Globals bound by the host before this runs: _LOG_LEVEL (trace|debug|info|warn|error), _PROJECT_NAME,
# _VERSION ([major, minor, rev, build]).
import sys
import json as _json
import _psjava

# fatal is the manual's sixth level, above error; --log-level cannot hide it.
_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal']
_THRESHOLD = _LEVELS.index(_LOG_LEVEL)


def _java_string(value):
    """What Java's String.valueOf gives for a value a script passes (Jython's conversions)."""
    return _psjava.java_str(value)


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
            self._log(level, _psjava.java_format(pattern, args))

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

    def fatal(self, message):
        self._log('fatal', message)

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

    def fatalf(self, format, *args):
        self._logf('fatal', format, args)

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

    def isFatalEnabled(self):
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
        text = _psjava.double_to_string(value)
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

    def isFutureVersion(self, version):
        """Whether this version is greater than the version given as "X.X.X" (the manual's wording)."""
        if not isinstance(version, basestring):
            raise TypeError('isFutureVersion(): version must be a string such as "8.0.7"')
        try:
            given = [int(part) for part in version.split('.')[:3]]
        except ValueError:
            raise ValueError('isFutureVersion(): not a version number: %s' % version)
        return [self.major, self.minor, self.rev] > given + [0] * (3 - len(given))

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
