"""system.dataset (Ignition 8.1): BasicDataset (prints as `Dataset [3R x 2C]`), PyDataSet and the functions
scripts use. Datasets are immutable: the editing functions return a new dataset."""
from java.util import ArrayList, Date
from java.lang import IllegalArgumentException, ArrayIndexOutOfBoundsException
from java.text import SimpleDateFormat
import _psjava


def _text(value):
    return value.decode('utf-8') if isinstance(value, str) else value


class BasicDataset(object):
    def __init__(self, headers, rows):
        self._headers = [_text(h) for h in headers]
        self._rows = [[_text(v) for v in row] for row in rows]
        for i, row in enumerate(self._rows):
            if len(row) != len(self._headers):
                raise IllegalArgumentException(u'Row %d has %d columns, the dataset has %d' % (
                    i, len(row), len(self._headers)))

    def getRowCount(self):
        return len(self._rows)

    def getColumnCount(self):
        return len(self._headers)

    def getColumnNames(self):
        return ArrayList(self._headers)

    def getColumnName(self, index):
        self._check_column(index)
        return self._headers[index]

    def getColumnIndex(self, name):
        name = _text(name)
        return self._headers.index(name) if name in self._headers else -1

    def _column(self, column):
        if isinstance(column, basestring):
            index = self.getColumnIndex(column)
            if index < 0:
                raise ArrayIndexOutOfBoundsException(u"Column '%s' doesn't exist in dataset." % _text(column))
            return index
        self._check_column(column)
        return column

    def _check_column(self, index):
        if not 0 <= index < len(self._headers):
            raise ArrayIndexOutOfBoundsException(u'Column index %d out of bounds' % index)

    def _check_row(self, index):
        if not 0 <= index < len(self._rows):
            raise ArrayIndexOutOfBoundsException(u'Row index %d out of bounds' % index)

    def getValueAt(self, row, column):
        self._check_row(row)
        return self._rows[row][self._column(column)]

    def getColumnAsList(self, column):
        index = self._column(column)
        return ArrayList([row[index] for row in self._rows])

    def getColumnHeaders(self):
        return list(self._headers)

    def toString(self):
        return u'Dataset [%dR x %dC]' % (len(self._rows), len(self._headers))

    def __str__(self):
        return str(self.toString())

    __repr__ = __str__


class PyRow(object):
    def __init__(self, dataset, index):
        self._dataset, self._index = dataset, index

    def __getitem__(self, key):
        if isinstance(key, basestring):
            return self._dataset.getValueAt(self._index, key)
        values = self._dataset._rows[self._index]
        return values[key]

    def __len__(self):
        return self._dataset.getColumnCount()

    def __iter__(self):
        return iter(list(self._dataset._rows[self._index]))

    def __repr__(self):
        return repr(list(self._dataset._rows[self._index]))


class PyDataSet(object):
    def __init__(self, dataset):
        self._dataset = dataset

    def getUnderlyingDataset(self):
        return self._dataset

    def __len__(self):
        return self._dataset.getRowCount()

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        self._dataset._check_row(index)
        return PyRow(self._dataset, index)

    def __iter__(self):
        return iter([PyRow(self._dataset, i) for i in range(len(self))])

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._dataset, name)

    def __repr__(self):
        return '<PyDataset rows:%d cols:%d>' % (self._dataset.getRowCount(), self._dataset.getColumnCount())

    __str__ = __repr__


def _dataset(value):
    if isinstance(value, PyDataSet):
        return value.getUnderlyingDataset()
    if isinstance(value, BasicDataset):
        return value
    raise TypeError('expected a Dataset, got %s' % type(value).__name__)


def toDataSet(headers, rows=None):
    if rows is None:
        return _dataset(headers)
    return BasicDataset(list(headers), [list(r) for r in rows])


def toPyDataSet(dataset):
    return PyDataSet(_dataset(dataset))


def _copy(ds, rows):
    return BasicDataset(ds._headers, rows)


def addRow(dataset, rowIndex, row=None):
    if row is None:
        rowIndex, row = None, rowIndex
    return addRows(dataset, rowIndex, [row]) if rowIndex is not None else addRows(dataset, [row])


def addRows(dataset, rowIndex, rows=None):
    ds = _dataset(dataset)
    if rows is None:
        rowIndex, rows = ds.getRowCount(), rowIndex
    if not 0 <= rowIndex <= ds.getRowCount():
        raise ArrayIndexOutOfBoundsException(u'Row index %d out of bounds' % rowIndex)
    new = ds._rows[:rowIndex] + [list(r) for r in rows] + ds._rows[rowIndex:]
    return _copy(ds, new)


def deleteRow(dataset, rowIndex):
    return deleteRows(dataset, [rowIndex])


def deleteRows(dataset, rowIndices):
    ds = _dataset(dataset)
    for i in rowIndices:
        ds._check_row(i)
    drop = set(rowIndices)
    return _copy(ds, [r for i, r in enumerate(ds._rows) if i not in drop])


def setValue(dataset, rowIndex, columnName, value):
    ds = _dataset(dataset)
    ds._check_row(rowIndex)
    column = ds._column(columnName)
    rows = [list(r) for r in ds._rows]
    rows[rowIndex][column] = value
    return _copy(ds, rows)


def updateRow(dataset, rowIndex, changes):
    ds = _dataset(dataset)
    ds._check_row(rowIndex)
    rows = [list(r) for r in ds._rows]
    for name, value in changes.items():
        rows[rowIndex][ds._column(name)] = value
    return _copy(ds, rows)


def filterColumns(dataset, columns):
    ds = _dataset(dataset)
    indices = [ds._column(c) for c in columns]
    return BasicDataset([ds._headers[i] for i in indices], [[r[i] for i in indices] for r in ds._rows])


def sort(dataset, keyColumn, ascending=True, naturalOrdering=True):
    ds = _dataset(dataset)
    column = ds._column(keyColumn)
    rows = sorted(ds._rows, key=lambda r: (r[column] is not None, r[column]), reverse=not ascending)
    return _copy(ds, rows)


def getColumnHeaders(dataset):
    return _dataset(dataset).getColumnHeaders()


_CSV_DATE = SimpleDateFormat('yyyy-MM-dd HH:mm:ss.SSS')


def _csv_cell(value):
    if isinstance(value, Date):
        text = _CSV_DATE.format(value)
    else:
        text = _psjava.java_str(value) if value is not None else u''
    return u'"%s"' % text.replace(u'"', u'""')


def _type_name(values):
    for v in values:
        if v is None:
            continue
        if isinstance(v, bool):
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
    ds = _dataset(dataset)
    lines = []
    if forExport:
        lines.append(u'#NAMES')
        lines.append(u','.join(_csv_cell(h) for h in ds._headers))
        lines.append(u'#TYPES')
        lines.append(u','.join(u'"%s"' % _type_name([r[i] for r in ds._rows]) for i in range(len(ds._headers))))
        lines.append(u'#ROWS')
        lines.append(u'"%d"' % len(ds._rows))
    elif showHeaders:
        lines.append(u','.join(_csv_cell(h) for h in ds._headers))
    for row in ds._rows:
        lines.append(u','.join(_csv_cell(v) for v in row))
    return u'\n'.join(lines) + u'\n'


def _split_csv_line(line):
    cells, cell, quoted, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == u'"' and line[i + 1:i + 2] == u'"':
                cell.append(u'"')
                i += 1
            elif c == u'"':
                quoted = False
            else:
                cell.append(c)
        elif c == u'"':
            quoted = True
        elif c == u',':
            cells.append(u''.join(cell))
            cell = []
        else:
            cell.append(c)
        i += 1
    cells.append(u''.join(cell))
    return cells


def _convert(text, type_name):
    if type_name in (u'I', u'L'):
        return int(text) if text != u'' else None
    if type_name == u'D':
        return float(text) if text != u'' else None
    if type_name == u'B':
        return text.lower() == u'true'
    if type_name == u'date':
        return _CSV_DATE.parse(text) if text != u'' else None
    return text


def fromCSV(csv):
    """Reads what toCSV(ds, forExport=True) writes (#NAMES, #TYPES, #ROWS)."""
    lines = [l for l in _text(csv).replace(u'\r\n', u'\n').split(u'\n') if l != u'']
    if len(lines) < 6 or lines[0] != u'#NAMES' or lines[2] != u'#TYPES' or lines[4] != u'#ROWS':
        raise IllegalArgumentException(u'fromCSV expects the format toCSV(dataset, forExport=True) writes')
    headers = _split_csv_line(lines[1])
    types = _split_csv_line(lines[3])
    rows = [[_convert(v, t) for v, t in zip(_split_csv_line(l), types)] for l in lines[6:]]
    return BasicDataset(headers, rows)
