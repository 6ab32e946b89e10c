/**
 * The Python part of system.tag: the objects Ignition returns (QualifiedValue, QualityCode, browse Results with
 * TagPath and enum-like values) and the functions, over the host calls _read, _write, _browse and _configure.
 */
export const TAG_PYTHON = String.raw`# Globals bound by the host before this runs: _CODES (quality name -> full 32-bit code).
import _psjava
from java.util import Date as _Date

_LEVELS = ('Good', 'Uncertain', 'Bad', 'Error')
_host = system.tag


class _JavaEnum(object):
    """A Java enum constant as Jython shows it: prints its name, equal only to the same constant."""

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


class QualityLevel(_JavaEnum):
    pass


class TagObjectType(_JavaEnum):
    pass


class DataType(_JavaEnum):
    pass


class QualityCode(object):
    """A tag quality: prints as Good, or Bad_NotFound("...") with its diagnostic message."""

    def __init__(self, name, diagnostic=None):
        self._name = name
        self._diagnostic = diagnostic

    def getName(self):
        return self._name

    def getCode(self):
        return _CODES[self._name]

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
            return self._name
        return u'%s("%s")' % (self._name, self._diagnostic)

    def __str__(self):
        return self.toString().encode('utf-8')

    def __unicode__(self):
        return self.toString()

    def __repr__(self):
        return self.__str__()

    def __eq__(self, other):
        return isinstance(other, QualityCode) and other.getCode() == self.getCode()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return self.getCode()


class QualifiedValue(object):
    """A value with its quality and timestamp: prints as [value, quality, timestamp (millis)]."""

    def __init__(self, value, quality, timestamp, display=None):
        self._value = value
        self._quality = quality
        self._timestamp = timestamp
        self._display = display

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
        value = self._value if self._display is None else self._display
        return u'[%s, %s, %s (%d)]' % (_psjava.java_str(value), self._quality.toString(),
                                       self._timestamp.toString(), self._timestamp.getTime())

    def __str__(self):
        return self.toString().encode('utf-8')

    def __unicode__(self):
        return self.toString()

    def __repr__(self):
        return self.__str__()


class TagPath(object):
    """A browse result's fullPath: prints as [provider]Folder/Tag."""

    def __init__(self, text):
        self._text = text

    def toString(self):
        return self._text

    def __str__(self):
        return self._text.encode('utf-8')

    def __unicode__(self):
        return self._text

    def __repr__(self):
        return self.__str__()

    def getSource(self):
        return self._text[1:self._text.index(u']')]

    def getItemName(self):
        rest = self._text[self._text.index(u']') + 1:]
        return rest.split(u'/')[-1]

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
    """What system.tag.browse returns: getResults() gives the list of result dicts; iterable as that list."""

    def __init__(self, results, total, quality):
        self._results = results
        self._total = total
        self._quality = quality

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

    def __getitem__(self, index):
        return self._results[index]

    def toString(self):
        return u'Results(%d of %d, %s)' % (len(self._results), self._total, self._quality.toString())

    def __str__(self):
        return self.toString().encode('utf-8')

    __repr__ = __str__


def _python_value(value, value_type):
    if value is None or value_type is None:
        return None
    if value_type == 'Boolean':
        return bool(value)
    if value_type in ('Int1', 'Int2', 'Int4'):
        return int(value)
    if value_type == 'Int8':
        return long(value)
    if value_type in ('Float4', 'Float8'):
        return float(value)
    if value_type == 'DateTime':
        return _Date(long(value))
    if value_type == 'Quality':
        return QualityCode(value['name'], value['diagnostic'])
    return unicode(value)


def _qualified(row):
    value, value_type, name, diagnostic, timestamp, display = row
    return QualifiedValue(_python_value(value, value_type), QualityCode(name, diagnostic), _Date(long(timestamp)), display)


def _path_list(tagPaths, function):
    if isinstance(tagPaths, basestring):
        return [tagPaths]
    try:
        paths = list(tagPaths)
    except TypeError:
        raise TypeError('%s() argument tagPaths must be a string or a list of strings, not %s' % (function, type(tagPaths).__name__))
    for path in paths:
        if not isinstance(path, basestring):
            raise TypeError('%s(): a tag path must be a string, not %s' % (function, type(path).__name__))
    return paths


def _encode(value):
    """A written value as the host takes it: [kind, JSON payload, Java's String.valueOf text]."""
    text = _psjava.java_str(value)
    if value is None:
        return ['none', None, text]
    if isinstance(value, bool):
        return ['bool', value, text]
    if isinstance(value, long):
        return ['long', str(value), text]
    if isinstance(value, int):
        return ['int', value, text]
    if isinstance(value, float):
        return ['float', value, text]
    if isinstance(value, basestring):
        return ['str', text, text]
    if isinstance(value, _Date):
        return ['date', value.getTime(), text]
    return ['other', None, text]


def _qualities(rows):
    return [QualityCode(name, diagnostic) for name, diagnostic in rows]


def _value_list(values, function):
    try:
        return list(values)
    except TypeError:
        raise TypeError('%s() argument values must be a list, not %s' % (function, type(values).__name__))


def _write(function, tagPaths, values, timeout):
    if isinstance(tagPaths, basestring):
        paths, values = [tagPaths], [values]
    else:
        paths, values = _path_list(tagPaths, function), _value_list(values, function)
    if len(paths) != len(values):
        raise ValueError('%s(): %d tag paths but %d values' % (function, len(paths), len(values)))
    return _qualities(_host._write(function, paths, [_encode(v) for v in values], timeout))


def readBlocking(tagPaths, timeout=45000):
    """Reads tags: a list of QualifiedValue (value, quality, timestamp), one per path; a missing tag reads as None with Bad_NotFound."""
    return [_qualified(row) for row in _host._read(_path_list(tagPaths, 'readBlocking'))]


def writeBlocking(tagPaths, values, timeout=45000):
    """Writes values to tags: a list of QualityCode, one per path (Good, or why the write failed, e.g. Bad_NotFound)."""
    return _write('writeBlocking', tagPaths, values, timeout)


def readAsync(tagPaths, callback):
    """Reads tags and calls callback(list of QualifiedValue); the callback runs before readAsync returns."""
    callback(readBlocking(tagPaths))


def writeAsync(tagPaths, values, callback=None):
    """Writes tags; callback(list of QualityCode), if given, runs before writeAsync returns."""
    results = _write('writeAsync', tagPaths, values, None)
    if callback is not None:
        callback(results)


def exists(tagPath):
    """Whether a tag or folder exists at the path."""
    path = _path_list(tagPath, 'exists')[0]
    if '.' not in path.split('/')[-1].split(']')[-1]:
        path = path + '.name'
    return _host._read([path])[0][2] == 'Good'


_FILTER_KEYS = ('name', 'dataType', 'tagType', 'valueSource', 'recursive', 'maxResults')


def _browse_entry(entry):
    result = {
        u'fullPath': TagPath(entry['fullPath']),
        u'name': entry['name'],
        u'hasChildren': entry['hasChildren'],
        u'tagType': TagObjectType(entry['tagType']),
    }
    if 'dataType' in entry:
        result[u'dataType'] = DataType(entry['dataType'])
        result[u'valueSource'] = entry['valueSource']
        result[u'value'] = _qualified(entry['value'])
    return result


def browse(path=u'', filter=None):
    """Lists the tags and folders at a path: a Results object (getResults(): dicts with fullPath, name, hasChildren, tagType...)."""
    if not isinstance(path, basestring):
        raise TypeError('browse() argument path must be a string, not %s' % type(path).__name__)
    clean = {}
    for key, value in (filter or {}).items():
        if key in _FILTER_KEYS:
            clean[key] = _psjava.java_str(value) if key in ('name', 'dataType', 'tagType', 'valueSource') else value
    answer = _host._browse(path, clean)
    entries = [_browse_entry(e) for e in answer['results']]
    return Results(entries, answer['total'], QualityCode(answer['quality'][0], answer['quality'][1]))


_CONFIG_KEYS = ('name', 'tagType', 'dataType', 'valueSource', 'value', 'quality', 'timestamp', 'tags')


def _config_dict(tag):
    if not hasattr(tag, 'keys'):
        raise TypeError('configure(): each tag must be a dict, not %s' % type(tag).__name__)
    clean = {}
    for key in tag.keys():
        if key not in _CONFIG_KEYS:
            continue
        value = tag[key]
        if key == 'tags':
            value = [_config_dict(t) for t in value]
        elif key == 'value' and isinstance(value, _Date):
            value = value.getTime()
        elif key != 'value' and value is not None:
            value = _psjava.java_str(value)
        clean[key] = value
    return clean


def configure(basePath, tags, collisionPolicy='o'):
    """Creates or changes tags under basePath from tag dicts (name, tagType, dataType, value...): a list of QualityCode.
    collisionPolicy: 'o' overwrite (default), 'm' merge, 'i' ignore, 'a' abort: ValueError, nothing changed, if a tag exists."""
    if isinstance(tags, dict) or hasattr(tags, 'keys'):
        tags = [tags]
    if collisionPolicy not in ('a', 'o', 'm', 'i'):
        raise ValueError("configure(): collisionPolicy must be 'a', 'o', 'm' or 'i', not %r" % (collisionPolicy,))
    results = _qualities(_host._configure(basePath, [_config_dict(t) for t in tags], collisionPolicy))
    if collisionPolicy == 'a':
        for code in results:
            if code.getName() == 'Bad_Failure' and 'already exists' in (code.getDiagnosticMessage() or ''):
                raise ValueError(code.getDiagnosticMessage())
    return results
`;
