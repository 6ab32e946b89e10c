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
    system = _Module('system')
    system.perspective = perspective
    return system


def install(system):
    """Pre-bind `system` as a builtin and make `import system` work."""
    import __builtin__
    __builtin__.system = system
    sys.modules['system'] = system
    sys.modules['system.perspective'] = system.perspective
