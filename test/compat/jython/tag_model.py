# -*- coding: utf-8 -*-
"""Plain-Python (Jython 2.7) model of Ignition's system.tag, for the differential tests (issue 16).

Fed from a tag file (PS_TAGS, default ../tags.json): providers with folders and tags (value, dataType,
optional quality and timestamp), as bindings/tag reads it. Chosen behaviours, which the sandbox matches:
  - readBlocking(tagPaths, timeout=45000) -> list of QualifiedValue; printed [value, quality, Date (millis)],
    the value as Java prints it (null, true, 2.5). Int1/2/4 -> int, Int8 -> long, Float -> float,
    String -> unicode, Boolean -> bool, DateTime -> java.util.Date.
  - A missing tag reads None with Bad_NotFound("Path '[default]X' not found.") and the time of the read; an
    unknown provider gives Bad_NotFound("Tag provider 'p' not found"). Paths ignore case; the provider
    defaults to [default]. .value .quality .timestamp .dataType .name .tagType .valueSource properties read.
  - writeBlocking(tagPaths, values, timeout=45000) -> list of QualityCode: Good, Bad_NotFound(...) for a
    missing tag, Error_TypeConversion when the value does not convert, Bad_Unsupported for a folder or a
    property other than value. A write makes the tag Good and stamps it now. Conversions: to ints, bools are
    1/0, floats truncate, numeric text parses; to Boolean, numbers are != 0, text true/false/1/0; to String,
    Java's String.valueOf; to DateTime, a Date or epoch ms.
  - readAsync/writeAsync run the callback before they return.
  - [System]Gateway/Perspective/SessionCount: the number of sessions now; writes give
    Bad_ReadOnly("System tag '<path>' is read-only").
  - browse(path='', filter=None) -> Results (getResults(), iterable): dicts with fullPath (a TagPath),
    name, hasChildren, tagType (AtomicTag/Folder), and for tags dataType, valueSource, value (a QualifiedValue).
    Filter keys name (* wildcard, any case), dataType, tagType, valueSource, recursive, maxResults.
  - configure(basePath, tags, collisionPolicy='o'): a list of QualityCode; o: replace, m: merge, i: keep;
    a ("abort and throw an exception", the manual): ValueError("Tag '<p>' already exists, and 'abort' collision
    policy has been specified") and nothing changes. Missing base folders are created.
"""
import os
import json
import re

from java.util import Date
from java.lang import Double, Math, System

_LEVELS = ('Good', 'Uncertain', 'Bad', 'Error')
_SUB = dict(Good_Unspecified=0, Good_WritePending=2, Good=192, Good_Provisional=200, Good_Initial=201,
            Good_Overload=202, Good_Backfill=203, Uncertain=256, Uncertain_LastKnownValue=257,
            Uncertain_InitialValue=258, Uncertain_DataSubNormal=259, Uncertain_EngineeringUnitsExceeded=260,
            Uncertain_IncompleteOperation=261, Bad=512, Bad_Unauthorized=513, Bad_AccessDenied=514,
            Bad_Disabled=515, Bad_Stale=516, Bad_TrialExpired=517, Bad_LicenseExceeded=518, Bad_NotFound=519,
            Bad_ReferenceNotFound=520, Bad_AggregateNotFound=521, Bad_NotConnected=522, Bad_GatewayCommOff=523,
            Bad_OutOfRange=524, Bad_DatabaseNotConnected=525, Bad_ReadOnly=526, Bad_Failure=527,
            Bad_Unsupported=528, Error=768, Error_Configuration=769, Error_ExpressionEval=770,
            Error_TagExecution=771, Error_TypeConversion=772, Error_DatabaseQuery=773, Error_IO=774,
            Error_TimeoutExpired=775, Error_Exception=776, Error_InvalidPathSyntax=777, Error_Formatting=778,
            Error_ScriptEval=779, Error_CycleDetected=780)


def _jstr(v):
    if v is None:
        return u'null'
    if v is True:
        return u'true'
    if v is False:
        return u'false'
    if isinstance(v, float):
        return unicode(Double.toString(v))
    if isinstance(v, Date):
        return unicode(v.toString())
    return unicode(v)


class _Enum(object):
    def __init__(self, name):
        self._name = name

    def name(self):
        return self._name

    def toString(self):
        return self._name

    def __str__(self):
        return self._name

    __repr__ = __str__

    def __eq__(self, other):
        return type(other) is type(self) and other._name == self._name

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._name)


class QualityLevel(_Enum):
    pass


class TagObjectType(_Enum):
    pass


class DataType(_Enum):
    pass


class QualityCode(object):
    def __init__(self, name, diagnostic=None):
        self._name = name
        self._diagnostic = diagnostic

    def getName(self):
        return self._name

    def getCode(self):
        sub = _SUB[self._name]
        level = 0 if sub < 256 else 1 if sub < 512 else 2 if sub < 768 else 3
        code = (level << 30) | sub
        return code - (1 << 32) if code >= (1 << 31) else code

    def getLevel(self):
        return QualityLevel(_LEVELS[(self.getCode() >> 30) & 3])

    def getDiagnosticMessage(self):
        return self._diagnostic

    name = property(getName)
    code = property(getCode)
    level = property(getLevel)
    diagnosticMessage = property(getDiagnosticMessage)

    def isGood(self):
        return self.getLevel().name() == 'Good'

    def isUncertain(self):
        return self.getLevel().name() == 'Uncertain'

    def isBad(self):
        return self.getLevel().name() == 'Bad'

    def isError(self):
        return self.getLevel().name() == 'Error'

    def isNotGood(self):
        return not self.isGood()

    def isGoodOrUncertain(self):
        return self.isGood() or self.isUncertain()

    def isBadOrError(self):
        return self.isBad() or self.isError()

    def toString(self):
        if self._diagnostic is None:
            return unicode(self._name)
        return u'%s("%s")' % (self._name, self._diagnostic)

    def __str__(self):
        return self.toString().encode('utf-8')

    def __unicode__(self):
        return self.toString()

    __repr__ = __str__

    def __eq__(self, other):
        return isinstance(other, QualityCode) and other.getCode() == self.getCode()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return self.getCode()


class QualifiedValue(object):
    def __init__(self, value, quality, timestamp):
        self._value, self._quality, self._timestamp = value, quality, timestamp

    def getValue(self):
        return self._value

    def getQuality(self):
        return self._quality

    def getTimestamp(self):
        return self._timestamp

    value = property(getValue)
    quality = property(getQuality)
    timestamp = property(getTimestamp)

    def toString(self):
        value = self._value
        if getattr(self, '_float4', False) and value is not None:
            from java.lang import Float
            value = unicode(Float(value).toString())
        return u'[%s, %s, %s (%d)]' % (_jstr(value), self._quality.toString(), self._timestamp.toString(),
                                       self._timestamp.getTime())

    def __str__(self):
        return self.toString().encode('utf-8')

    def __unicode__(self):
        return self.toString()

    __repr__ = __str__


class TagPath(object):
    def __init__(self, text):
        self._text = text

    def toString(self):
        return self._text

    def __str__(self):
        return self._text.encode('utf-8')

    def __unicode__(self):
        return self._text

    __repr__ = __str__

    def getSource(self):
        return self._text[1:self._text.index(u']')]

    def getItemName(self):
        return self._text[self._text.index(u']') + 1:].split(u'/')[-1]

    def getParentPath(self):
        head, sep, tail = self._text.rpartition(u'/')
        if sep:
            return TagPath(head)
        return TagPath(self._text[:self._text.index(u']') + 1])

    def __eq__(self, other):
        return isinstance(other, TagPath) and other._text.lower() == self._text.lower()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._text.lower())


class Results(object):
    def __init__(self, results, total, quality):
        self._results, self._total, self._quality = results, total, quality

    def getResults(self):
        return self._results

    def getReturnedSize(self):
        return len(self._results)

    def getTotalAvailableSize(self):
        return self._total

    def getResultQuality(self):
        return self._quality

    def getContinuationPoint(self):
        return None

    results = property(getResults)
    returnedSize = property(getReturnedSize)
    totalAvailableSize = property(getTotalAvailableSize)
    resultQuality = property(getResultQuality)
    continuationPoint = property(getContinuationPoint)

    def __iter__(self):
        return iter(self._results)

    def __len__(self):
        return len(self._results)

    def __getitem__(self, i):
        return self._results[i]

    def toString(self):
        return u'Results(%d of %d, %s)' % (len(self._results), self._total, self._quality.toString())

    def __str__(self):
        return self.toString().encode('utf-8')

    __repr__ = __str__


# --- the tag tree ---------------------------------------------------------------------------------------------
def _iso_millis(text):
    from java.text import SimpleDateFormat
    from java.util import TimeZone
    fmt = SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'")
    fmt.setTimeZone(TimeZone.getTimeZone('UTC'))
    return fmt.parse(text).getTime()


class _Folder(object):
    def __init__(self, name):
        self.name = name
        self.children = []  # insertion order

    def child(self, name):
        for c in self.children:
            if c.name.lower() == name.lower():
                return c
        return None

    def put(self, node):
        for i, c in enumerate(self.children):
            if c.name.lower() == node.name.lower():
                self.children[i] = node
                return
        self.children.append(node)


class _Tag(object):
    def __init__(self, name, data_type, value, quality, timestamp, value_source='memory'):
        self.name, self.dataType, self.value = name, data_type, value
        self.quality, self.timestamp, self.valueSource = quality, timestamp, value_source


def _is_folder(d):
    return d.get('tagType') == 'Folder' or (d.get('tagType') is None and 'tags' in d and 'dataType' not in d)


def _stored(d, data_type):
    v = d.get('value')
    if data_type == 'DateTime' and isinstance(v, basestring):
        return _iso_millis(v)
    if data_type == 'Float4' and v is not None:
        from java.lang import Float
        return Float(float(v)).doubleValue()
    return v


def _build(d, now):
    if _is_folder(d):
        f = _Folder(unicode(d['name']))
        for c in d.get('tags', []):
            f.put(_build(c, now))
        return f
    ts = _iso_millis(d['timestamp']) if d.get('timestamp') else now
    return _Tag(unicode(d['name']), unicode(d['dataType']), _stored(d, d['dataType']), QualityCode(d.get('quality', 'Good')), ts,
                d.get('valueSource', 'memory'))


def _merge(target, d, now):
    if isinstance(target, _Folder):
        if not _is_folder(d) and d.get('tagType') is not None:
            return _build(d, now)
        for c in d.get('tags', []):
            existing = target.child(c['name'])
            target.put(_merge(existing, c, now) if existing is not None else _build(c, now))
        return target
    if _is_folder(d):
        return _build(d, now)
    dt = d.get('dataType', target.dataType)
    t = _Tag(target.name, dt, target.value, target.quality, target.timestamp, d.get('valueSource', target.valueSource))
    if 'value' in d:
        t.value = _stored(d, dt)
        t.timestamp = now
    if 'quality' in d:
        t.quality = QualityCode(d['quality'])
    if d.get('timestamp'):
        t.timestamp = _iso_millis(d['timestamp'])
    return t


def _parse_path(text):
    rest = text.strip()
    provider = u'default'
    if rest.startswith(u'['):
        end = rest.index(u']')
        provider = rest[1:end].strip()
        rest = rest[end + 1:]
    names = [n.strip() for n in rest.split(u'/')]
    while names and names[-1] == u'':
        names.pop()
    while names and names[0] == u'':
        names.pop(0)
    prop = None
    if names and u'.' in names[-1]:
        last = names[-1]
        dot = last.index(u'.')
        prop = last[dot + 1:].lower()
        names[-1] = last[:dot]
    return provider, names, prop


def _fmt(provider, names):
    return u'[%s]%s' % (provider, u'/'.join(names))


def _now():
    return System.currentTimeMillis()


def _narrow(n, bits):
    n = int(n) & 0xffffffff
    mask = (1 << bits) - 1
    n &= mask
    return n - (1 << bits) if n >= (1 << (bits - 1)) else n


def _coerce(value, data_type):
    """(ok, value) or (False, QualityCode) for a written value."""
    bad = (False, QualityCode('Error_TypeConversion'))
    if value is None:
        return True, None
    def number():
        if isinstance(value, bool):
            return 1 if value else 0
        if isinstance(value, (int, long, float)):
            return value
        if isinstance(value, basestring):
            try:
                t = value.strip()
                return float(t) if t else None
            except ValueError:
                return None
        return None
    if data_type == 'Boolean':
        if isinstance(value, basestring):
            t = value.strip().lower()
            if t in ('true', '1'):
                return True, True
            if t in ('false', '0'):
                return True, False
            return bad
        n = number()
        return bad if n is None else (True, n != 0)
    if data_type in ('Int1', 'Int2', 'Int4', 'Int8'):
        n = number()
        if n is None or n != n:
            return bad
        whole = long(n) if not isinstance(n, float) else long(Math.signum(n) * Math.floor(abs(n)))
        if data_type == 'Int8':
            return True, whole
        whole = max(-2147483648, min(2147483647, whole))
        return True, _narrow(whole, {'Int1': 8, 'Int2': 16, 'Int4': 32}[data_type])
    if data_type in ('Float4', 'Float8'):
        n = number()
        if n is None:
            return bad
        if data_type == 'Float4':
            from java.lang import Float
            return True, Float(float(n)).doubleValue()
        return True, float(n)
    if data_type == 'String':
        return True, _jstr(value)
    if data_type == 'DateTime':
        if isinstance(value, Date):
            return True, value.getTime()
        if isinstance(value, (int, long)) and not isinstance(value, bool):
            return True, value
        return bad
    return bad


def _py(value, data_type):
    if value is None:
        return None
    if data_type == 'Boolean':
        return bool(value)
    if data_type in ('Int1', 'Int2', 'Int4'):
        return int(value)
    if data_type == 'Int8':
        return long(value)
    if data_type in ('Float4', 'Float8'):
        return float(value)
    if data_type == 'DateTime':
        return Date(long(value))
    return unicode(value)


def load_tags(path=None):
    here = os.path.dirname(os.path.abspath(__file__))
    path = path or os.environ.get('PS_TAGS') or os.path.join(os.path.dirname(here), 'tags.json')
    f = open(path, 'rb')
    try:
        return json.loads(f.read().decode('utf-8'))
    finally:
        f.close()


def _effect_value(value):
    """A written value as the sandbox's effect shows it: JSON scalars as they are, dates as epoch ms, else text."""
    if value is None or isinstance(value, (bool, int, long, float, basestring)):
        return value
    if hasattr(value, 'getTime'):
        return value.getTime()
    return unicode(value)


def make_tag_module(module_class, tag_file, session_count, effects=None):
    """system.tag over a fresh copy of the tag file; session_count() gives the live number of sessions. Writes and
    configure are appended to `effects` as the sandbox records them: args as called, one {tagPath} target per tag."""
    now = _now()
    providers = []  # [(name, root folder)]
    for name, content in tag_file['providers'].items():
        root = _Folder(u'')
        for d in content['tags']:
            root.put(_build(d, now))
        providers.append((name, root))

    def system_root():
        root = _Folder(u'')
        gateway = _Folder(u'Gateway')
        perspective = _Folder(u'Perspective')
        perspective.put(_Tag(u'SessionCount', 'Int4', session_count(), QualityCode('Good'), _now(), 'expr'))
        gateway.put(perspective)
        root.put(gateway)
        return root

    def provider_root(name):
        if name.lower() == 'system':
            return u'System', system_root()
        for pname, root in providers:
            if pname.lower() == name.lower():
                return pname, root
        return None, None

    def resolve(text):
        provider, names, prop = _parse_path(text)
        where = _fmt(provider, names)
        pname, node = provider_root(provider)
        if node is None:
            return None, QualityCode('Bad_NotFound', "Tag provider '%s' not found" % provider), where, prop, None
        canon = []
        for n in names:
            nxt = node.child(n) if isinstance(node, _Folder) else None
            if nxt is None:
                return None, QualityCode('Bad_NotFound', "Path '%s' not found." % where), where, prop, None
            node = nxt
            canon.append(nxt.name)
        return node, None, _fmt(pname, canon), prop, pname

    def read_node(node, prop, now):
        def text(v):
            return QualifiedValue(unicode(v), QualityCode('Good'), Date(node.timestamp if isinstance(node, _Tag) else now))
        if prop == 'name':
            return text(node.name)
        if prop == 'tagtype':
            return text('Folder' if isinstance(node, _Folder) else 'AtomicTag')
        if isinstance(node, _Folder):
            return QualifiedValue(None, QualityCode('Bad_NotFound'), Date(now))
        if prop in (None, 'value'):
            qv = QualifiedValue(_py(node.value, node.dataType), node.quality, Date(node.timestamp))
            qv._float4 = node.dataType == 'Float4'
            return qv
        if prop == 'quality':
            return QualifiedValue(node.quality, QualityCode('Good'), Date(node.timestamp))
        if prop == 'timestamp':
            return QualifiedValue(Date(node.timestamp), QualityCode('Good'), Date(node.timestamp))
        if prop == 'datatype':
            return text(node.dataType)
        if prop == 'valuesource':
            return text(node.valueSource)
        return QualifiedValue(None, QualityCode('Bad_NotFound', "Property '%s' not found." % prop), Date(now))

    def paths_of(tagPaths):
        if isinstance(tagPaths, basestring):
            return [tagPaths]
        return list(tagPaths)

    def readBlocking(tagPaths, timeout=45000):
        out = []
        for p in paths_of(tagPaths):
            now = _now()
            node, q, where, prop, pname = resolve(p)
            out.append(QualifiedValue(None, q, Date(now)) if node is None else read_node(node, prop, now))
        return out

    def record(function, args, targets):
        if effects is not None:
            effects.append({'function': 'system.tag.' + function, 'args': args, 'targets': [{'tagPath': t} for t in targets]})

    def write(function, tagPaths, values, timeout=None):
        if isinstance(tagPaths, basestring):
            tagPaths, values = [tagPaths], [values]
        paths, values = list(tagPaths), list(values)
        if len(paths) != len(values):
            raise ValueError('%s(): %d tag paths but %d values' % (function, len(paths), len(values)))
        out = []
        targets = []
        for p, v in zip(paths, values):
            node, q, where, prop, pname = resolve(p)
            targets.append(where)
            if node is None:
                out.append(q)
            elif pname == u'System':
                out.append(QualityCode('Bad_ReadOnly', "System tag '%s' is read-only" % p.strip()))
            elif isinstance(node, _Folder) or prop not in (None, 'value'):
                out.append(QualityCode('Bad_Unsupported', "Writing %s to '%s' is not supported" % (prop or 'a value', where)))
            else:
                ok, result = _coerce(v, node.dataType)
                if not ok:
                    out.append(result)
                else:
                    node.value, node.quality, node.timestamp = result, QualityCode('Good'), _now()
                    out.append(QualityCode('Good'))
        args = {'tagPaths': paths, 'values': [_effect_value(v) for v in values]}
        if function == 'writeBlocking':
            args['timeout'] = 45000 if timeout is None else timeout
        record(function, args, targets)
        return out

    def writeBlocking(tagPaths, values, timeout=45000):
        return write('writeBlocking', tagPaths, values, timeout)

    def readAsync(tagPaths, callback):
        callback(readBlocking(tagPaths))

    def writeAsync(tagPaths, values, callback=None):
        results = write('writeAsync', tagPaths, values)
        if callback is not None:
            callback(results)

    def exists(tagPath):
        node, q, where, prop, pname = resolve(tagPath)
        return node is not None and (prop is None or prop in ('name', 'tagtype') or
                                     (isinstance(node, _Tag) and prop in ('value', 'quality', 'timestamp', 'datatype', 'valuesource')))

    def browse(path=u'', filter=None):
        filter = filter or {}
        node, q, where, prop, pname = resolve(path if path != u'' else u'[default]')
        if node is None:
            return Results([], 0, q)
        if not isinstance(node, _Folder):
            return Results([], 0, QualityCode('Good'))
        name_re = None
        if 'name' in filter:
            name_re = re.compile('^' + '.*'.join(re.escape(part) for part in _jstr(filter['name']).split('*')) + '$', re.I)
        found = []
        now = _now()

        def matches(n):
            if name_re is not None and not name_re.match(n.name):
                return False
            tag_type = 'Folder' if isinstance(n, _Folder) else 'AtomicTag'
            if 'tagType' in filter and _jstr(filter['tagType']).lower() != tag_type.lower():
                return False
            if 'dataType' in filter and (not isinstance(n, _Tag) or n.dataType.lower() != _jstr(filter['dataType']).lower()):
                return False
            if 'valueSource' in filter and (not isinstance(n, _Tag) or n.valueSource.lower() != _jstr(filter['valueSource']).lower()):
                return False
            return True

        def visit(folder, fpath):
            for c in folder.children:
                cpath = fpath + (u'' if fpath.endswith(u']') else u'/') + c.name
                if matches(c):
                    entry = {u'fullPath': TagPath(cpath), u'name': c.name,
                             u'hasChildren': isinstance(c, _Folder) and len(c.children) > 0,
                             u'tagType': TagObjectType('Folder' if isinstance(c, _Folder) else 'AtomicTag')}
                    if isinstance(c, _Tag):
                        entry[u'dataType'] = DataType(c.dataType)
                        entry[u'valueSource'] = c.valueSource
                        entry[u'value'] = read_node(c, None, now)
                    found.append(entry)
                if filter.get('recursive') is True and isinstance(c, _Folder):
                    visit(c, cpath)
        visit(node, where)
        maximum = filter.get('maxResults')
        shown = found[:maximum] if maximum is not None and maximum >= 0 else found
        return Results(shown, len(found), QualityCode('Good'))

    def configure(basePath, tags, collisionPolicy='o'):
        if hasattr(tags, 'keys'):
            tags = [tags]
        if collisionPolicy not in ('a', 'o', 'm', 'i'):
            raise ValueError("configure(): collisionPolicy must be 'a', 'o', 'm' or 'i', not %r" % (collisionPolicy,))
        args = {'basePath': basePath, 'tags': [dict(d) for d in tags], 'collisionPolicy': collisionPolicy}
        provider, names, prop = _parse_path(basePath)
        if provider.lower() == 'system':
            record('configure', args, [u'%s/%s' % (basePath.strip(), d['name']) for d in tags])
            return [QualityCode('Bad_ReadOnly', 'The System provider is read-only') for t in tags]
        pname, folder = provider_root(provider)
        if folder is None:
            record('configure', args, [_fmt(provider, names) for d in tags])
            return [QualityCode('Bad_NotFound', "Tag provider '%s' not found" % provider) for t in tags]
        canon = []
        for n in names:
            nxt = folder.child(n)
            if nxt is None:
                nxt = _Folder(unicode(n))
                folder.put(nxt)
            folder = nxt
            canon.append(nxt.name)
        base = _fmt(pname, canon)
        path_of = lambda d: base + (u'' if base.endswith(u']') else u'/') + d['name']
        out = []
        now = _now()
        if collisionPolicy == 'a':
            for d in tags:
                if folder.child(d['name']) is not None:
                    raise ValueError("Tag '%s' already exists, and 'abort' collision policy has been specified" % path_of(d))
        for d in tags:
            d = dict(d)
            existing = folder.child(d['name'])
            if existing is None or collisionPolicy == 'o':
                folder.put(_build(d, now))
            elif collisionPolicy == 'm':
                folder.put(_merge(existing, d, now))
            out.append(QualityCode('Good'))
        record('configure', args, [path_of(d) for d in tags])
        return out

    tag = module_class('system.tag')
    tag.readBlocking = readBlocking
    tag.writeBlocking = writeBlocking
    tag.readAsync = readAsync
    tag.writeAsync = writeAsync
    tag.exists = exists
    tag.browse = browse
    tag.configure = configure
    return tag
