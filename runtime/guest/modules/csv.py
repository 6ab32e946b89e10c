# csv for the sandbox, written for it from the Python 2.7 documentation of the module and Jython 2.7's
# behaviour (experiments): readers and writers over any iterable of lines / object with write(), dialects,
# the four quoting modes, DictReader and DictWriter.

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'excel',
           'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'unregister_dialect', '__version__', 'DictReader', 'DictWriter']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
          'skipinitialspace', 'strict')


class Error(Exception):
    pass


class Dialect(object):
    """Describe a CSV dialect: subclass and set the attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self, {})


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


_dialects = {}
_limit = [131072]


class _Params(object):
    """The checked parameters of a reader or writer (what get_dialect returns)."""

    def __init__(self, dialect, overrides):
        if isinstance(dialect, basestring):
            dialect = get_dialect(dialect)
        values = {}
        for name in _ATTRS:
            if name in overrides:
                values[name] = overrides[name]
            elif dialect is not None and getattr(dialect, name, None) is not None:
                values[name] = getattr(dialect, name)
        for name in overrides:
            if name not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        self.delimiter = self._char('delimiter', values.get('delimiter', ','), False)
        self.quotechar = self._char('quotechar', values.get('quotechar', '"'), True)
        self.escapechar = self._char('escapechar', values.get('escapechar'), True)
        self.doublequote = bool(values.get('doublequote', True))
        self.skipinitialspace = bool(values.get('skipinitialspace', False))
        self.strict = bool(values.get('strict', False))
        term = values.get('lineterminator', '\r\n')
        if not isinstance(term, basestring):
            raise TypeError('"lineterminator" must be an string')
        self.lineterminator = term
        quoting = values.get('quoting', QUOTE_MINIMAL)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')

    @staticmethod
    def _char(name, value, optional):
        if value is None and optional:
            return None
        if not isinstance(value, basestring) or len(value) != 1:
            raise TypeError('"%s" must be a 1-character string' % name)
        return value


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, basestring):
        raise TypeError('dialect name must be a string or unicode')
    _dialects[name] = _Params(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 arguments, got %d' % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], (int, long)):
            raise TypeError('limit must be an integer')
        _limit[0] = args[0]
    return old


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)

# Reader states.
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED, \
    _QUOTE_IN_QUOTED, _EAT_CRNL = range(8)
_EOL = None  # stands for the end of one input line


class _Reader(object):
    def __init__(self, lines, dialect, overrides):
        try:
            self._lines = iter(lines)
        except TypeError:
            raise TypeError('argument 1 must be an iterator')
        self.dialect = _Params(dialect, overrides)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        text = ''.join(self._field)
        if self._numeric:
            text = float(text)
        self._fields.append(text)
        self._field = []
        self._numeric = False

    def _add(self, c):
        if len(self._field) >= _limit[0]:
            raise Error('field larger than field limit (%d)' % _limit[0])
        self._field.append(c)

    def next(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = self._lines.next()
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    return self._fields
                if self._fields:
                    return self._fields
                raise
            if not isinstance(line, basestring):
                raise Error('expected string or Unicode object, %s found' % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error('line contains NULL byte')
                self._step(c)
            self._step(_EOL)
            if self._state == _START_RECORD:
                return self._fields

    def _step(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need to open the file '
                            'in universal-newline mode?')


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer(object):
    def __init__(self, fileobj, dialect, overrides):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._file = fileobj
        self.dialect = _Params(dialect, overrides)

    def _field(self, value, only_field):
        d = self.dialect
        if d.quoting == QUOTE_NONNUMERIC:
            quoted = not isinstance(value, (int, long, float))
        else:
            quoted = d.quoting == QUOTE_ALL
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        special = d.delimiter + (d.escapechar or '') + (d.quotechar or '') + d.lineterminator + '\r\n'
        out = []
        for c in text:
            if c in special:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if not d.escapechar:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if only_field and text == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quoted = True
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error('sequence expected')
        line = self.dialect.delimiter.join([self._field(v, len(fields) == 1) for v in fields])
        self._file.write(line + self.dialect.lineterminator)
        return True

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect='excel', **fmtparams):
    return _Writer(fileobj, dialect, fmtparams)


class DictReader(object):
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = self.reader.next()
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def next(self):
        if self.line_num == 0:
            self.fieldnames
        row = self.reader.next()
        self.line_num = self.reader.line_num
        while row == []:
            row = self.reader.next()
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter(object):
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        self.writerow(header)

    def _row(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join(wrong))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)
