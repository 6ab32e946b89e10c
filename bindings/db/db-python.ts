/** The Python part of system.db: the functions scripts call, with Ignition 8.1's signatures (see db-module.ts). */
export const DB_PYTHON = String.raw`# Globals bound by the host before this runs: _DEFAULT_TX_TIMEOUT (ms).
# The host half is reached through private functions of this module (_query, _update, _named, _begin, _end,
# _info), taken off it when this runs; they answer {'ok': value} or {'error': {...}}, and an error becomes a
# Java exception here.
import sys
import base64 as _base64
import array as _array
import _psjava
from java.lang import Exception as _JavaException
from java.sql import SQLException
from java.util import Date, TimeZone, ArrayList
from java.text import SimpleDateFormat
from _system_dataset import BasicDataset, PyDataSet

import system as _system


class _Host(object):
    """The host half's private functions, taken off system.db so that scripts and dir() see only the API."""

    def __init__(self, module, names):
        for name in names:
            setattr(self, name, getattr(module, name))
            delattr(module, name)


_host = _Host(_system.db, ['_query', '_update', '_named', '_begin', '_end', '_info'])

READ_UNCOMMITTED = 1
READ_COMMITTED = 2
REPEATABLE_READ = 4
SERIALIZABLE = 8


class GatewayException(_JavaException):
    """What a script sees when the gateway's database call fails: the database's message; getCause() is the
    driver's java.sql.SQLException."""
    pass


GatewayException.__module__ = 'com.inductiveautomation.ignition.client.gateway_interface'


def _raise(error):
    message = error['message']
    raise GatewayException(message, SQLException(message, error['sqlState'], error['vendorCode']))


def _answer(reply):
    if 'error' in reply:
        _raise(reply['error'])
    return reply['ok']


_LOCAL_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSSZ'


def _text(value):
    return value.decode('utf-8') if isinstance(value, str) else value


def _encode(value):
    """A Python value as the host binds it: [kind, JSON] (see bindings/db/params.ts)."""
    if value is None:
        return ['n', None]
    if isinstance(value, bool):
        return ['b', value]
    if isinstance(value, long):
        return ['l', str(value)]
    if isinstance(value, int):
        return ['i', value] if -2 ** 53 < value < 2 ** 53 else ['l', str(value)]
    if isinstance(value, float):
        return ['f', value]
    if isinstance(value, basestring):
        return ['s', _text(value)]
    if isinstance(value, Date):
        return ['d', [float(value.getTime()), SimpleDateFormat(_LOCAL_FORMAT).format(value)]]
    if isinstance(value, (_array.array, bytearray)):
        return ['x', _base64.b64encode(value.tostring() if isinstance(value, _array.array) else str(value))]
    return ['o', _psjava.java_str(value)]


def _plain(value):
    """An argument as the effects log records it (JSON)."""
    kind, data = _encode(value)
    if kind == 'l':
        return long(data) if abs(long(data)) < 2 ** 53 else data
    if kind == 'd':
        return data[1]
    return data


def _encode_list(args, function):
    if isinstance(args, basestring) or not hasattr(args, '__iter__'):
        raise TypeError('%s(): args must be a list of values, not %s' % (function, type(args).__name__))
    return [_encode(a) for a in args]


def _check_text(value, name, function):
    if not isinstance(value, basestring):
        raise TypeError('%s(): %s must be a string, not %s' % (function, name, type(value).__name__))
    return _text(value)


def _optional(value, name, function):
    if value is None:
        return u''
    return _check_text(value, name, function)


class _ColumnType(object):
    """What Dataset.getColumnType returns: the Java class of the column's values."""

    def __init__(self, name):
        self._name = name

    def getName(self):
        return self._name

    def getSimpleName(self):
        return u'byte[]' if self._name == u'[B' else self._name.split(u'.')[-1]

    def toString(self):
        return u'class ' + self._name

    def __str__(self):
        return str(self.toString())

    __repr__ = __str__

    def __eq__(self, other):
        return isinstance(other, _ColumnType) and other._name == self._name

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._name)


class _QueryDataset(BasicDataset):
    """A query's result: a BasicDataset that also knows its columns' Java classes and database types."""

    def __init__(self, headers, rows, java_types, db_types):
        BasicDataset.__init__(self, headers, rows)
        self._java_types = java_types
        self._db_types = db_types

    def getColumnType(self, column):
        return _ColumnType(self._java_types[self._column(column)])

    def getColumnTypes(self):
        return ArrayList([_ColumnType(t) for t in self._java_types])


def _local_date(text):
    date_part, _, time_part = text.partition(' ')
    year, month, day = [int(p) for p in date_part.split('-')]
    hour = minute = second = millis = 0
    if time_part:
        clock, _, fraction = time_part.partition('.')
        pieces = [int(p) for p in clock.split(':')]
        hour, minute = pieces[0], pieces[1]
        second = pieces[2] if len(pieces) > 2 else 0
        millis = int((fraction + '000')[:3]) if fraction else 0
    return Date(long(_psjava.from_local(year, month - 1, day, hour, minute, second, millis, TimeZone.getDefault())))


def _cell(value, java_type):
    if value is None:
        return None
    if isinstance(value, dict):
        if 'long' in value:
            return long(value['long'])
        if 'float' in value:
            return float(value['float'])
        if 'date' in value:
            return Date(long(value['date']))
        if 'localDate' in value:
            return _local_date(value['localDate'])
        if 'bytes' in value:
            return _array.array('b', _base64.b64decode(value['bytes']))
    if java_type in (u'java.lang.Double', u'java.lang.Float', u'java.math.BigDecimal') and isinstance(value, (int, long)):
        return float(value)
    if java_type == u'java.lang.Long' and isinstance(value, int):
        return long(value)
    return value


def _dataset(result):
    columns = result['columns']
    types = [c['javaType'] for c in columns]
    rows = [[_cell(v, types[i]) for i, v in enumerate(row)] for row in result['rows']]
    return _QueryDataset([c['name'] for c in columns], rows, types, [c['dbType'] for c in columns])


def _scalar(result):
    ds = _dataset(result)
    if ds.getRowCount() == 0 or ds.getColumnCount() == 0:
        return None
    return ds.getValueAt(0, 0)


def _update_answer(update, getKey):
    if getKey:
        key = update['key']
        return None if key is None else _cell(key, u'java.lang.Object')
    return update['rowsAffected']


def runQuery(query, database='', tx=''):
    """Runs a SELECT (no parameters) and returns its rows as a PyDataSet."""
    sql = _check_text(query, 'query', 'runQuery')
    return PyDataSet(_dataset(_answer(_host._query(sql, [], _optional(database, 'database', 'runQuery'), _optional(tx, 'tx', 'runQuery')))))


def runPrepQuery(query, args=(), database='', tx=''):
    """Runs a SELECT with ? placeholders bound to args, as a prepared statement; returns a PyDataSet."""
    sql = _check_text(query, 'query', 'runPrepQuery')
    params = _encode_list(args, 'runPrepQuery')
    return PyDataSet(_dataset(_answer(_host._query(sql, params, _optional(database, 'database', 'runPrepQuery'), _optional(tx, 'tx', 'runPrepQuery')))))


def runScalarQuery(query, database='', tx=''):
    """The first column of the first row of a query, or None when it returns no rows."""
    sql = _check_text(query, 'query', 'runScalarQuery')
    return _scalar(_answer(_host._query(sql, [], _optional(database, 'database', 'runScalarQuery'), _optional(tx, 'tx', 'runScalarQuery'))))


def runScalarPrepQuery(query, args=(), database='', tx=''):
    """runScalarQuery with ? placeholders bound to args."""
    sql = _check_text(query, 'query', 'runScalarPrepQuery')
    params = _encode_list(args, 'runScalarPrepQuery')
    return _scalar(_answer(_host._query(sql, params, _optional(database, 'database', 'runScalarPrepQuery'), _optional(tx, 'tx', 'runScalarPrepQuery'))))


def runUpdateQuery(query, database='', tx='', getKey=False, skipAudit=False):
    """Runs an INSERT, UPDATE, DELETE or DDL statement; returns the rows affected, or the new key with getKey."""
    sql = _check_text(query, 'query', 'runUpdateQuery')
    database, tx = _optional(database, 'database', 'runUpdateQuery'), _optional(tx, 'tx', 'runUpdateQuery')
    called = {'query': sql, 'database': database, 'tx': tx, 'getKey': bool(getKey), 'skipAudit': bool(skipAudit)}
    update = _answer(_host._update('system.db.runUpdateQuery', sql, [], database, tx, bool(getKey), called))
    return _update_answer(update, getKey)


def runPrepUpdate(query, args=(), database='', tx='', getKey=False, skipAudit=False):
    """runUpdateQuery with ? placeholders bound to args, as a prepared statement."""
    sql = _check_text(query, 'query', 'runPrepUpdate')
    params = _encode_list(args, 'runPrepUpdate')
    database, tx = _optional(database, 'database', 'runPrepUpdate'), _optional(tx, 'tx', 'runPrepUpdate')
    called = {'query': sql, 'args': [_plain(a) for a in args], 'database': database, 'tx': tx,
              'getKey': bool(getKey), 'skipAudit': bool(skipAudit)}
    update = _answer(_host._update('system.db.runPrepUpdate', sql, params, database, tx, bool(getKey), called))
    return _update_answer(update, getKey)


def runNamedQuery(*args, **kwargs):
    """runNamedQuery(path, parameters={}, tx='', getKey=False), or with the project first as in gateway scope:
    runNamedQuery(project, path, parameters, tx, getKey). A Query returns a Dataset, a ScalarQuery its value, an
    UpdateQuery the rows affected (or the key with getKey)."""
    names = ['path', 'parameters', 'tx', 'getKey']
    if len(args) >= 2 and isinstance(args[1], basestring):
        names = ['project'] + names
    if len(args) > len(names):
        raise TypeError('runNamedQuery() takes at most %d arguments (%d given)' % (len(names), len(args)))
    bound = dict(zip(names, args))
    for key, value in kwargs.items():
        if key not in ('project', 'path', 'parameters', 'tx', 'getKey'):
            raise TypeError("runNamedQuery() got an unexpected keyword argument '%s'" % key)
        if key in bound:
            raise TypeError("runNamedQuery() got multiple values for keyword argument '%s'" % key)
        bound[key] = value
    if 'path' not in bound:
        raise TypeError('runNamedQuery() needs the path of a named query')
    path = _check_text(bound['path'], 'path', 'runNamedQuery')
    parameters = bound.get('parameters') or {}
    if not hasattr(parameters, 'items'):
        raise TypeError('runNamedQuery(): parameters must be a dict, not %s' % type(parameters).__name__)
    tx = _optional(bound.get('tx'), 'tx', 'runNamedQuery')
    getKey = bool(bound.get('getKey', False))
    encoded = dict((_text(k), _encode(v)) for k, v in parameters.items())
    called = {'path': path, 'parameters': dict((_text(k), _plain(v)) for k, v in parameters.items()), 'tx': tx, 'getKey': getKey}
    if 'project' in bound:
        called['project'] = _text(bound['project'])
    answer = _answer(_host._named(path, encoded, tx, getKey, called))
    if answer['type'] == 'UpdateQuery':
        return _update_answer(answer['update'], getKey)
    if answer['type'] == 'ScalarQuery':
        return _scalar(answer['result'])
    return _dataset(answer['result'])


def beginTransaction(database='', isolationLevel=READ_COMMITTED, timeout=None):
    """Opens a transaction on its own connection and returns its id, the tx argument of the other functions.
    It closes (rolling back) after timeout ms without use."""
    if timeout is None:
        timeout = _DEFAULT_TX_TIMEOUT
    if isinstance(timeout, bool) or not isinstance(timeout, (int, long)) or timeout <= 0:
        raise TypeError('beginTransaction(): timeout must be a positive number of milliseconds')
    if isolationLevel not in (READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE):
        raise ValueError('beginTransaction(): isolationLevel must be one of system.db.READ_UNCOMMITTED, '
                         'READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE')
    return _answer(_host._begin(_optional(database, 'database', 'beginTransaction'), isolationLevel, int(timeout)))


def commitTransaction(tx):
    """Commits what the transaction did so far; it stays open."""
    _answer(_host._end(_check_text(tx, 'tx', 'commitTransaction'), 'commit'))


def rollbackTransaction(tx):
    """Undoes what the transaction did since its last commit; it stays open."""
    _answer(_host._end(_check_text(tx, 'tx', 'rollbackTransaction'), 'rollback'))


def closeTransaction(tx):
    """Closes the transaction (what is not committed is rolled back) and frees its connection."""
    _answer(_host._end(_check_text(tx, 'tx', 'closeTransaction'), 'close'))


_INFO_COLUMNS = ['Name', 'Description', 'DBType', 'Status', 'Problem', 'ExtStatus', 'Throughput',
                 'ActiveConnections', 'MaxConnections', 'ValidationQuery']


def getConnectionInfo(name=''):
    """A dataset describing the named connection (the default one without a name); no rows when there is none."""
    info = _answer(_host._info(_optional(name, 'name', 'getConnectionInfo')))
    if info is None:
        return BasicDataset(_INFO_COLUMNS, [])
    row = [info['name'], info['description'], info['dbType'], u'Valid', u'', u'Valid', -1, 0,
           1 if info['dbType'] == u'SQLITE' else 8, u'SELECT 1']
    return BasicDataset(_INFO_COLUMNS, [row])
`;
