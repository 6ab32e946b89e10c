# -*- coding: utf-8 -*-
"""Plain-Python (Jython 2.7) model of Ignition's `system` namespace, for the differential tests.

Only what the corpus needs: system.perspective.getSessionInfo and system.perspective.closeSession,
fed from a JSON fixture (a list of session records, see bindings/session.ts).

Environment:
  PS_SESSIONS          path of the fixture (default: ../sessions.json next to this folder)
  PS_IGNITION_VERSION  "8.0" (default: 12 keys) or "8.1" (adds `authorized`)

Chosen behaviours (the sandbox must match them; real Ignition may word these differently):
  - getSessionInfo(usernameFilter=None, projectFilter=None): exact, case-sensitive `==` match on
    username/project; None means no filter; "" matches nothing.
  - A filter that is neither str, unicode nor None raises
      TypeError("getSessionInfo() argument 'usernameFilter' must be a string or None, not int")
    (likewise 'projectFilter'; the type name is type(value).__name__).
  - Bad calls (too many arguments, unknown keyword, duplicate argument) raise Jython's own
    TypeError for a Python function `def getSessionInfo(usernameFilter=None, projectFilter=None)`.
  - closeSession(message=None, sessionId=None) removes the session for the rest of the run.
      sessionId None               -> ValueError("No perspective session attached to this thread")
      sessionId of the wrong type  -> TypeError("closeSession() argument 'sessionId' must be a string or None, not int")
      unknown sessionId            -> ValueError("Perspective session '<id>' not found")
    It returns None.
  - Each call returns a new Python list of new PyJsonObjectAdapter copies; mutating one changes only it.
"""
import os
import sys
import json

KEYS_80 = ['userAgent', 'id', 'username', 'project', 'uptime', 'clientAddress', 'lastComm',
           'sessionScope', 'activePages', 'recentBytesSent', 'totalBytesSent', 'pageIds']
KEYS_81 = KEYS_80 + ['authorized']

_STRING_KEYS = ('userAgent', 'id', 'username', 'project', 'clientAddress', 'sessionScope')
_INT_KEYS = ('uptime', 'lastComm', 'activePages', 'recentBytesSent', 'totalBytesSent')

_MISSING = object()


class PyJsonObjectAdapter(object):
    """A dict-like session object: keeps insertion order, is not a dict subclass."""

    def __init__(self, pairs=()):
        object.__setattr__(self, '_keys', [])
        object.__setattr__(self, '_map', {})
        for k, v in pairs:
            self[k] = v

    # --- reading -----------------------------------------------------------------
    def __getitem__(self, key):
        try:
            return self._map[key]
        except (KeyError, TypeError):
            raise KeyError(key)

    def __getattr__(self, name):
        if name.startswith('__') or name in ('_keys', '_map'):
            raise AttributeError(name)
        try:
            return self._map[name]
        except KeyError:
            raise AttributeError("'PyJsonObjectAdapter' object has no attribute '%s'" % name)

    def __contains__(self, key):
        try:
            return key in self._map
        except TypeError:
            return False

    def has_key(self, key):
        return key in self

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        return iter(list(self._keys))

    def get(self, key, default=None):
        if key in self:
            return self._map[key]
        return default

    def keys(self):
        return list(self._keys)

    def values(self):
        return [self._map[k] for k in self._keys]

    def items(self):
        return [(k, self._map[k]) for k in self._keys]

    def iterkeys(self):
        return iter(self.keys())

    def itervalues(self):
        return iter(self.values())

    def iteritems(self):
        return iter(self.items())

    def copy(self):
        return PyJsonObjectAdapter(self.items())

    # --- writing (changes only this copy) -----------------------------------------
    def __setitem__(self, key, value):
        if key not in self._map:
            self._keys.append(key)
        self._map[key] = value

    def __delitem__(self, key):
        if key not in self:
            raise KeyError(key)
        del self._map[key]
        self._keys.remove(key)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('update expected at most 1 arguments, got %d' % len(args))
        if args:
            other = args[0]
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in sorted(kwargs):
            self[k] = kwargs[k]

    def pop(self, key, default=_MISSING):
        if key in self:
            value = self._map[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._keys:
            raise KeyError('popitem(): dictionary is empty')
        key = self._keys[-1]
        return key, self.pop(key)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self._map[key]

    def clear(self):
        del self._keys[:]
        self._map.clear()

    # --- rendering -------------------------------------------------------------
    def __repr__(self):
        return '{' + ', '.join(['%r: %r' % (k, self._map[k]) for k in self._keys]) + '}'

    __str__ = __repr__


def _to_value(key, raw):
    if key in _STRING_KEYS:
        return unicode(raw)
    if key in _INT_KEYS:
        return int(raw)  # a long when past sys.maxint, as Jython does for Java longs
    if key == 'pageIds':
        return [unicode(p) for p in raw]
    if key == 'authorized':
        return bool(raw)
    return raw


def _check_filter(func, name, value):
    if value is not None and not isinstance(value, basestring):
        raise TypeError("%s() argument '%s' must be a string or None, not %s"
                        % (func, name, type(value).__name__))


class _Module(object):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return "<module '%s'>" % self.__name__

    def __getattr__(self, name):
        raise AttributeError("'module' object has no attribute '%s'" % name)


class SessionStore(object):
    def __init__(self, records, keys):
        self.records = records
        self.keys = keys

    def adapter(self, record):
        return PyJsonObjectAdapter([(unicode(k), _to_value(k, record[k])) for k in self.keys])


def default_fixture_path():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(os.path.dirname(here), 'sessions.json')


def load_records(path=None):
    path = path or os.environ.get('PS_SESSIONS') or default_fixture_path()
    f = open(path, 'rb')
    try:
        return json.loads(f.read().decode('utf-8'))
    finally:
        f.close()


def ignition_keys(version=None):
    version = version or os.environ.get('PS_IGNITION_VERSION') or '8.0'
    if version == '8.0':
        return KEYS_80
    if version == '8.1':
        return KEYS_81
    raise ValueError('unsupported PS_IGNITION_VERSION %r' % version)


def make_system(records=None, keys=None):
    """A fresh `system` object over its own copy of the fixture records."""
    if records is None:
        records = load_records()
    store = SessionStore(list(records), keys or ignition_keys())

    def getSessionInfo(usernameFilter=None, projectFilter=None):
        _check_filter('getSessionInfo', 'usernameFilter', usernameFilter)
        _check_filter('getSessionInfo', 'projectFilter', projectFilter)
        result = []
        for record in store.records:
            if usernameFilter is not None and record['username'] != usernameFilter:
                continue
            if projectFilter is not None and record['project'] != projectFilter:
                continue
            result.append(store.adapter(record))
        return result

    def closeSession(message=None, sessionId=None):
        _check_filter('closeSession', 'message', message)
        _check_filter('closeSession', 'sessionId', sessionId)
        if sessionId is None:
            raise ValueError('No perspective session attached to this thread')
        for i, record in enumerate(store.records):
            if record['id'] == sessionId:
                del store.records[i]
                return None
        raise ValueError("Perspective session '%s' not found" % sessionId)

    perspective = _Module('system.perspective')
    perspective.getSessionInfo = getSessionInfo
    perspective.closeSession = closeSession
    perspective._store = store
    system = _Module('system')
    system.perspective = perspective
    system.date = make_date_module()
    system.dataset = make_dataset_module()
    return system


def install(system):
    """Pre-bind `system` as a builtin and make `import system` work."""
    import __builtin__
    __builtin__.system = system
    sys.modules['system'] = system
    sys.modules['system.perspective'] = system.perspective
    if hasattr(system, 'util'):
        sys.modules['system.util'] = system.util


# --- system.date and system.dataset (issue 15) -------------------------------------------------------------
# Built on the real Java classes: java.util.Calendar for the arithmetic and fields, java.text.SimpleDateFormat
# for format/parse, java.util.Date for dates. The *Between functions of days and longer count whole calendar
# units (the manual: "Daylight savings changes are taken into account"); shorter ones divide the difference
# and truncate toward zero. addMillis/Seconds/Minutes/Hours add exact time and take a long (a session's
# uptime in ms passes 2**31 after 25 days); addDays and longer move the calendar (wall-clock time kept). A dataset is a small class: `Dataset [3R x 2C]` when printed, PyDataSet rows by
# index and column name, CSV as toCSV writes it (quoted cells, "\n" line ends; forExport adds #NAMES/#TYPES/#ROWS).
def make_date_module():
    from java.util import Calendar, Date, TimeZone
    from java.text import SimpleDateFormat
    date = _Module('system.date')

    def cal_of(d):
        c = Calendar.getInstance()
        c.setTime(d)
        return c

    def adder(field, factor=1):
        def add(d, value):
            c = cal_of(d)
            c.add(field, int(value) * factor)
            return c.getTime()
        return add

    def exact_add(unit):
        return lambda d, value: Date(d.getTime() + long(value) * unit)

    def exact(unit):
        def between(d1, d2):
            diff = d2.getTime() - d1.getTime()
            return int(abs(diff) // unit) * (1 if diff >= 0 else -1)
        return between

    def counted(field, factor=1):
        def between(d1, d2):
            sign = 1 if d2.getTime() >= d1.getTime() else -1
            n = 0
            while True:
                c = cal_of(d1)
                c.add(field, sign * (n + 1) * factor)
                t = c.getTimeInMillis()
                if (sign > 0 and t <= d2.getTime()) or (sign < 0 and t >= d2.getTime()):
                    n += 1
                else:
                    return sign * n
        return between

    def getter(field, transform=lambda v: v):
        return lambda d: transform(cal_of(d).get(field))

    def midnight(d):
        c = cal_of(d)
        for f in (Calendar.HOUR_OF_DAY, Calendar.MINUTE, Calendar.SECOND, Calendar.MILLISECOND):
            c.set(f, 0)
        return c.getTime()

    def set_fields(pairs):
        def setter(d, a, b, c_):
            c = cal_of(d)
            for field, value in zip(pairs, (a, b, c_)):
                c.set(field, int(value))
            return c.getTime()
        return setter

    def get_date(year, month, day):
        c = Calendar.getInstance()
        c.clear()
        c.set(int(year), int(month), int(day))
        return c.getTime()

    def now():
        return Date()

    members = {
        'now': now, 'fromMillis': lambda ms: Date(long(ms)), 'toMillis': lambda d: d.getTime(),
        'getDate': get_date, 'midnight': midnight,
        'setTime': set_fields((Calendar.HOUR_OF_DAY, Calendar.MINUTE, Calendar.SECOND)),
        'setDate': set_fields((Calendar.YEAR, Calendar.MONTH, Calendar.DAY_OF_MONTH)),
        'addMillis': exact_add(1), 'addSeconds': exact_add(1000),
        'addMinutes': exact_add(60000), 'addHours': exact_add(3600000),
        'addDays': adder(Calendar.DAY_OF_MONTH), 'addWeeks': adder(Calendar.DAY_OF_MONTH, 7),
        'addMonths': adder(Calendar.MONTH), 'addYears': adder(Calendar.YEAR),
        'millisBetween': exact(1), 'secondsBetween': exact(1000), 'minutesBetween': exact(60000),
        'hoursBetween': exact(3600000), 'daysBetween': counted(Calendar.DAY_OF_MONTH),
        'weeksBetween': counted(Calendar.DAY_OF_MONTH, 7), 'monthsBetween': counted(Calendar.MONTH),
        'yearsBetween': counted(Calendar.YEAR),
        'getYear': getter(Calendar.YEAR), 'getMonth': getter(Calendar.MONTH),
        'getQuarter': getter(Calendar.MONTH, lambda m: m // 3 + 1), 'getDayOfMonth': getter(Calendar.DAY_OF_MONTH),
        'getDayOfWeek': getter(Calendar.DAY_OF_WEEK), 'getDayOfYear': getter(Calendar.DAY_OF_YEAR),
        'getHour12': getter(Calendar.HOUR), 'getHour24': getter(Calendar.HOUR_OF_DAY),
        'getMinute': getter(Calendar.MINUTE), 'getSecond': getter(Calendar.SECOND),
        'getMillis': getter(Calendar.MILLISECOND), 'getAMorPM': getter(Calendar.AM_PM),
        'isBefore': lambda a, b: a.getTime() < b.getTime(), 'isAfter': lambda a, b: a.getTime() > b.getTime(),
        'isBetween': lambda t, s, e: s.getTime() <= t.getTime() <= e.getTime(),
        'isDaylightTime': lambda d=None: TimeZone.getDefault().inDaylightTime(d if d is not None else Date()),
        'format': lambda d, format='yyyy-MM-dd HH:mm:ss': SimpleDateFormat(format).format(d),
        'parse': lambda s, formatString='yyyy-MM-dd HH:mm:ss', locale=None: SimpleDateFormat(formatString).parse(s),
        'getTimezone': lambda: TimeZone.getDefault().getID(),
        'getTimezoneOffset': lambda d=None: TimeZone.getDefault().getOffset((d if d is not None else Date()).getTime()) / 3600000.0,
        'getTimezoneRawOffset': lambda: TimeZone.getDefault().getRawOffset() / 3600000.0,
    }
    for name, fn in members.items():
        setattr(date, name, fn)
    return date


class ModelDataset(object):
    def __init__(self, headers, rows):
        self.headers = [h.decode('utf-8') if isinstance(h, str) else h for h in headers]
        self.rows = [[v.decode('utf-8') if isinstance(v, str) else v for v in r] for r in rows]

    def getRowCount(self):
        return len(self.rows)

    def getColumnCount(self):
        return len(self.headers)

    def getColumnNames(self):
        from java.util import ArrayList
        return ArrayList(self.headers)

    def getColumnName(self, i):
        return self.headers[i]

    def getColumnIndex(self, name):
        return self.headers.index(name) if name in self.headers else -1

    def col(self, c):
        return self.getColumnIndex(c) if isinstance(c, basestring) else c

    def getValueAt(self, r, c):
        return self.rows[r][self.col(c)]

    def getColumnAsList(self, c):
        from java.util import ArrayList
        return ArrayList([r[self.col(c)] for r in self.rows])

    def __repr__(self):
        return 'Dataset [%dR x %dC]' % (len(self.rows), len(self.headers))

    __str__ = __repr__


class ModelPyRow(object):
    def __init__(self, ds, i):
        self.ds, self.i = ds, i

    def __getitem__(self, k):
        return self.ds.rows[self.i][self.ds.col(k)]

    def __len__(self):
        return len(self.ds.headers)

    def __iter__(self):
        return iter(list(self.ds.rows[self.i]))

    def __repr__(self):
        return repr(list(self.ds.rows[self.i]))


class ModelPyDataSet(object):
    def __init__(self, ds):
        self.ds = ds

    def __len__(self):
        return len(self.ds.rows)

    def __getitem__(self, i):
        return ModelPyRow(self.ds, i if i >= 0 else i + len(self))

    def __iter__(self):
        return iter([ModelPyRow(self.ds, i) for i in range(len(self))])

    def __getattr__(self, name):
        return getattr(self.ds, name)

    def getUnderlyingDataset(self):
        return self.ds

    def __repr__(self):
        return '<PyDataset rows:%d cols:%d>' % (len(self.ds.rows), len(self.ds.headers))

    __str__ = __repr__


def make_dataset_module():
    from java.text import SimpleDateFormat
    from java.util import Date
    import java.lang
    mod = _Module('system.dataset')
    stamp = SimpleDateFormat('yyyy-MM-dd HH:mm:ss.SSS')

    def ds_of(d):
        return d.ds if isinstance(d, ModelPyDataSet) else d

    def cell(v):
        if v is None:
            t = u''
        elif isinstance(v, Date):
            t = stamp.format(v)
        elif v is True or v is False:
            t = u'true' if v else u'false'
        elif isinstance(v, float):
            t = java.lang.Double.toString(v)
        else:
            t = unicode(v)
        return u'"%s"' % t.replace(u'"', u'""')

    def type_of(values):
        for v in values:
            if v is None:
                continue
            if v is True or v is False:
                return u'B'
            if isinstance(v, (int, long)):
                return u'I' if -2147483648 <= v <= 2147483647 else u'L'
            if isinstance(v, float):
                return u'D'
            if isinstance(v, Date):
                return u'date'
            return u'str'
        return u'str'

    def toCSV(dataset, showHeaders=True, forExport=False, localized=False):
        d = ds_of(dataset)
        lines = []
        if forExport:
            lines += [u'#NAMES', u','.join(cell(h) for h in d.headers), u'#TYPES',
                      u','.join(u'"%s"' % type_of([r[i] for r in d.rows]) for i in range(len(d.headers))),
                      u'#ROWS', u'"%d"' % len(d.rows)]
        elif showHeaders:
            lines.append(u','.join(cell(h) for h in d.headers))
        lines += [u','.join(cell(v) for v in r) for r in d.rows]
        return u'\n'.join(lines) + u'\n'

    def split(line):
        import csv
        return [c.decode('utf-8') for c in next(csv.reader([line.encode('utf-8')]))]

    def fromCSV(text):
        lines = [l for l in text.replace(u'\r\n', u'\n').split(u'\n') if l]
        headers, types = split(lines[1]), split(lines[3])
        conv = {u'I': int, u'L': int, u'D': float, u'B': lambda s: s.lower() == u'true', u'date': stamp.parse}
        rows = [[(conv.get(t, lambda s: s)(v) if v != u'' or t == u'str' else None) for v, t in zip(split(l), types)]
                for l in lines[6:]]
        return ModelDataset(headers, rows)

    def addRows(dataset, index, rows=None):
        d = ds_of(dataset)
        if rows is None:
            index, rows = len(d.rows), index
        return ModelDataset(d.headers, d.rows[:index] + [list(r) for r in rows] + d.rows[index:])

    def addRow(dataset, index, row=None):
        if row is None:
            return addRows(dataset, [index])
        return addRows(dataset, index, [row])

    def deleteRows(dataset, indices):
        d = ds_of(dataset)
        return ModelDataset(d.headers, [r for i, r in enumerate(d.rows) if i not in set(indices)])

    def setValue(dataset, r, c, value):
        d = ds_of(dataset)
        rows = [list(x) for x in d.rows]
        rows[r][d.col(c)] = value
        return ModelDataset(d.headers, rows)

    def updateRow(dataset, r, changes):
        d = ds_of(dataset)
        rows = [list(x) for x in d.rows]
        for k, v in changes.items():
            rows[r][d.col(k)] = v
        return ModelDataset(d.headers, rows)

    def filterColumns(dataset, columns):
        d = ds_of(dataset)
        idx = [d.col(c) for c in columns]
        return ModelDataset([d.headers[i] for i in idx], [[r[i] for i in idx] for r in d.rows])

    def sort(dataset, keyColumn, ascending=True, naturalOrdering=True):
        d = ds_of(dataset)
        i = d.col(keyColumn)
        return ModelDataset(d.headers, sorted(d.rows, key=lambda r: (r[i] is not None, r[i]), reverse=not ascending))

    members = {
        'toDataSet': lambda headers, rows=None: ds_of(headers) if rows is None else ModelDataset(list(headers), [list(r) for r in rows]),
        'toPyDataSet': lambda d: ModelPyDataSet(ds_of(d)),
        'addRow': addRow, 'addRows': addRows, 'deleteRow': lambda d, i: deleteRows(d, [i]), 'deleteRows': deleteRows,
        'setValue': setValue, 'updateRow': updateRow, 'filterColumns': filterColumns, 'sort': sort,
        'toCSV': toCSV, 'fromCSV': fromCSV, 'getColumnHeaders': lambda d: list(ds_of(d).headers),
    }
    for name, fn in members.items():
        setattr(mod, name, fn)
    return mod


# --- system.util and system.perspective.print (issue 15) -------------------------------------------
# Loggers write `LEVEL [name] message` to sys.stderr at or above info; the *f variants format with the real
# java.lang.String.format. jsonEncode follows org.json's JSONObject.toString: compact, or indented with
# one-entry objects and arrays on one line; keys in the dict's iteration order; doubles as Double.toString
# with trailing zeros dropped. jsonDecode is json.loads.
def _util_module(project_name='MyProject', version=(8, 0, 0, 0)):
    from java.lang import String, Double

    levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal']  # fatal: the manual's sixth level
    threshold = levels.index('info')

    def jstr(v):
        if v is None:
            return u'null'
        if isinstance(v, bool):
            return v and u'true' or u'false'
        if isinstance(v, float):
            return unicode(Double.toString(v))
        return unicode(String.valueOf(v)) if not isinstance(v, basestring) else v

    class Logger(object):
        def __init__(self, name):
            self.name = name

        def getName(self):
            return self.name

    def make(level):
        def log(self, message):
            if levels.index(level) >= threshold:
                sys.stderr.write(u'%s [%s] %s\n' % (level.upper(), self.name, jstr(message)))

        def logf(self, fmt, *args):
            if levels.index(level) >= threshold:
                log(self, unicode(String.format(fmt, list(args))))
        return log, logf
    for level in levels:
        log, logf = make(level)
        setattr(Logger, level, log)
        setattr(Logger, level + 'f', logf)
    for i, level in enumerate(levels[:-2]):
        setattr(Logger, 'is%sEnabled' % level.capitalize(), (lambda i: lambda self: threshold <= i)(i))
    Logger.isErrorEnabled = lambda self: True
    Logger.isFatalEnabled = lambda self: True

    def quote(s):
        out = []
        prev = u''
        for c in s:
            if c in u'"\\':
                out.append(u'\\' + c)
            elif c == u'/' and prev == u'<':
                out.append(u'\\/')
            elif c in u'\b\t\n\f\r':
                out.append({u'\b': u'\\b', u'\t': u'\\t', u'\n': u'\\n', u'\f': u'\\f', u'\r': u'\\r'}[c])
            elif c < u' ' or u'\x80' <= c < u'\xa0' or u'\u2000' <= c < u'\u2100':
                out.append(u'\\u%04x' % ord(c))
            else:
                out.append(c)
            prev = c
        return u'"' + u''.join(out) + u'"'

    def enc(v, f, ind):
        if v is None:
            return u'null'
        if isinstance(v, bool):
            return v and u'true' or u'false'
        if isinstance(v, float):
            t = unicode(Double.toString(v))
            return t.rstrip(u'0').rstrip(u'.') if u'.' in t and u'E' not in t else t
        if isinstance(v, (int, long)):
            return unicode(v)
        if isinstance(v, basestring):
            return quote(unicode(v))
        if hasattr(v, 'keys'):
            pairs = [(quote(unicode(k)), v[k]) for k in v.keys()]
            open_, close = u'{', u'}'
            render = lambda p, fi, i: p[0] + (fi and u': ' or u':') + enc(p[1], fi, i)
        else:
            pairs = list(v)
            open_, close = u'[', u']'
            render = lambda p, fi, i: enc(p, fi, i)
        if not pairs:
            return open_ + close
        if f <= 0:
            return open_ + u','.join([render(p, 0, 0) for p in pairs]) + close
        if len(pairs) == 1:
            return open_ + render(pairs[0], f, ind) + close
        inner = ind + f
        return open_ + u'\n' + u',\n'.join([u' ' * inner + render(p, f, inner) for p in pairs]) + u'\n' + u' ' * ind + close

    class Version(object):
        def __init__(self, v):
            self.major, self.minor, self.rev, self.build = v

        def __str__(self):
            return '%d.%d.%d (b%d)' % (self.major, self.minor, self.rev, self.build)

        # Ignition's Version class: bean getters, its parseable form, and isFutureVersion (manual: "whether the
        # current version is greater than the given version", given as "X.X.X").
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
            given = [int(p) for p in version.split('.')[:3]]
            return [self.major, self.minor, self.rev] > given + [0] * (3 - len(given))

    util = _Module('system.util')
    util.getLogger = lambda name: Logger(name)
    util.jsonEncode = lambda pyObj, indentFactor=0: enc(pyObj, indentFactor, 0)
    util.jsonDecode = lambda jsonString: json.loads(jsonString)
    util.getProjectName = lambda: u'MyProject'
    util.getVersion = lambda: Version(version)
    g = {}
    util.getGlobals = lambda: g
    return util


def _perspective_print(message=None, sessionId=None, pageId=None, destination='client'):
    text = message if isinstance(message, basestring) else unicode(message)
    sys.stdout.write(text)
    sys.stdout.write('\n')


_make_system_sessions = make_system


def make_system(records=None, keys=None):
    system = _make_system_sessions(records, keys)
    system.util = _util_module()
    setattr(system.perspective, 'print', _perspective_print)
    return system


# --- system.perspective actions (issue 16) -------------------------------------------------------------
# sendMessage, navigate, popups, docks, download, refresh, vibrateDevice, setTheme and closePage as a
# gateway-scope script sees them: no session or page is attached to the thread. Each successful call is
# recorded in system._effects as {function, args, targets}: args by parameter name as called (defaults filled
# in, tuples as lists), targets one {sessionId, pageId} per page reached. Chosen behaviours:
#   - arguments are checked first, in signature order:
#       TypeError("<fn>() argument '<name>' must be a string, not int")   (also 'a string or None',
#       'a dict or None', 'a bool' (an int is taken as a bool), 'an int')
#   - sessionId None -> ValueError('No perspective session attached to this thread')
#   - pageId None where the action needs a page -> ValueError('No perspective page attached to this thread');
#     sendMessage with scope='session' and vibrateDevice need only the session and reach all its pages
#   - unknown session -> ValueError("Perspective session '<id>' not found")
#   - a page not in the session's pageIds -> ValueError("Page '<p>' not found in Perspective session '<id>'")
#   - sendMessage scope other than page/session/view -> ValueError("scope must be 'page', 'session' or 'view', not '<s>'")
#   - navigate without page, url or view -> ValueError('navigate() needs one of page, url or view')
#   - closePage removes the page from its session (pageIds, activePages) for the rest of the run.
_REQUIRED = object()


def _effect_json(value):
    if isinstance(value, tuple) or isinstance(value, list):
        return [_effect_json(v) for v in value]
    if isinstance(value, dict):
        return dict((k, _effect_json(v)) for k, v in value.items())
    return value


def _check_arg(func, name, kind, value):
    if kind == 'str':
        ok, expected = isinstance(value, basestring), 'a string'
    elif kind == 'str?':
        ok, expected = value is None or isinstance(value, basestring), 'a string or None'
    elif kind == 'dict?':
        ok, expected = value is None or isinstance(value, dict), 'a dict or None'
    elif kind == 'bool':
        ok, expected = isinstance(value, (bool, int, long)), 'a bool'
    else:
        ok, expected = isinstance(value, (int, long)) and not isinstance(value, bool), 'an int'
    if not ok:
        raise TypeError("%s() argument '%s' must be %s, not %s" % (func, name, expected, type(value).__name__))
    return bool(value) if kind == 'bool' else value


def _action(store, effects, name, spec, reach, check=None):
    """A function with signature `spec` [(param, kind, default)] that checks, targets and records itself."""
    names = [p for p, _, _ in spec]

    def call(*args, **kwargs):
        if len(args) > len(names):
            raise TypeError('%s() takes at most %d arguments (%d given)' % (name, len(names), len(args)))
        bound = {}
        for i, value in enumerate(args):
            bound[names[i]] = value
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, key))
            if key in bound:
                raise TypeError("%s() got multiple values for keyword argument '%s'" % (name, key))
            bound[key] = value
        values = []
        for param, kind, default in spec:
            if param not in bound and default is _REQUIRED:
                raise TypeError("%s() takes at least %d arguments (%d given)" % (name, len([s for s in spec if s[2] is _REQUIRED]), len(bound)))
            values.append((param, _check_arg(name, param, kind, bound.get(param, default))))
        args_ = dict(values)
        target_reach = reach
        if check is not None:
            target_reach = check(args_) or reach
        session_id, page_id = args_.get('sessionId'), args_.get('pageId')
        if session_id is None:
            raise ValueError('No perspective session attached to this thread')
        if target_reach == 'page' and page_id is None:
            raise ValueError('No perspective page attached to this thread')
        reached = _reach(store, name, session_id, page_id if target_reach == 'page' else None)
        effects.append({'function': 'system.perspective.' + name, 'args': _effect_json(args_),
                        'targets': [{'sessionId': session_id, 'pageId': p} for p in reached]})
        return None
    call.__name__ = name
    return call


def _reach(store, name, session_id, page_id):
    for i, record in enumerate(store.records):
        if record['id'] != session_id:
            continue
        pages = list(record.get('pageIds', []))
        if page_id is None:
            return pages
        if page_id not in pages:
            raise ValueError("Page '%s' not found in Perspective session '%s'" % (page_id, session_id))
        if name == 'closePage':
            changed = dict(record)
            changed['pageIds'] = [p for p in pages if p != page_id]
            if 'activePages' in record:
                changed['activePages'] = max(0, record['activePages'] - 1)
            store.records[i] = changed
        return [page_id]
    raise ValueError("Perspective session '%s' not found" % session_id)


def _send_message_scope(args):
    if args['scope'] is None:
        args['scope'] = 'page'
    if args['scope'] not in ('page', 'session', 'view'):
        raise ValueError("scope must be 'page', 'session' or 'view', not '%s'" % args['scope'])
    return 'session' if args['scope'] == 'session' else 'page'


def _navigate_needs_a_destination(args):
    if args['page'] is None and args['url'] is None and args['view'] is None:
        raise ValueError('navigate() needs one of page, url or view')


_TARGET = [('sessionId', 'str?', None), ('pageId', 'str?', None)]
_POPUP = [('id', 'str', _REQUIRED), ('view', 'str', _REQUIRED), ('params', 'dict?', None), ('title', 'str', ''),
          ('position', 'dict?', None), ('showCloseIcon', 'bool', True), ('draggable', 'bool', True),
          ('resizable', 'bool', False), ('modal', 'bool', False), ('overlayDismiss', 'bool', False)] + _TARGET + \
         [('viewportBound', 'bool', False)]
_DOCK = [('id', 'str', _REQUIRED)] + _TARGET


def _install_actions(system, store):
    effects = []
    defs = [
        ('sendMessage', [('messageType', 'str', _REQUIRED), ('payload', 'dict?', _REQUIRED), ('scope', 'str?', None)] + _TARGET, 'page', _send_message_scope),
        ('navigate', [('page', 'str?', None), ('url', 'str?', None), ('view', 'str?', None), ('params', 'dict?', None)] + _TARGET + [('newTab', 'bool', False)], 'page', _navigate_needs_a_destination),
        ('openPopup', _POPUP, 'page', None),
        ('togglePopup', _POPUP, 'page', None),
        ('closePopup', [('id', 'str', _REQUIRED)] + _TARGET, 'page', None),
        ('openDock', _DOCK + [('params', 'dict?', None)], 'page', None),
        ('toggleDock', _DOCK + [('params', 'dict?', None)], 'page', None),
        ('closeDock', _DOCK, 'page', None),
        ('alterDock', [('dockId', 'str', _REQUIRED), ('config', 'dict?', None)] + _TARGET, 'page', None),
        ('download', [('filename', 'str', _REQUIRED), ('data', 'str', _REQUIRED), ('contentType', 'str?', None)] + _TARGET, 'page', None),
        ('refresh', list(_TARGET), 'page', None),
        ('vibrateDevice', [('duration', 'int', _REQUIRED), ('sessionId', 'str?', None)], 'session', None),
        ('setTheme', [('name', 'str', _REQUIRED)] + _TARGET, 'page', None),
        ('closePage', [('message', 'str?', None)] + _TARGET, 'page', None),
    ]
    for name, spec, reach, check in defs:
        setattr(system.perspective, name, _action(store, effects, name, spec, reach, check))
    system._effects = effects


_make_system_with_util = make_system


def make_system(records=None, keys=None):
    system = _make_system_with_util(records, keys)
    _install_actions(system, system.perspective._store)
    return system
