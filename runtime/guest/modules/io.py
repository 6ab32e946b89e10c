# io for the sandbox: the in-memory streams of the Python 2.7 documentation (StringIO holds unicode, BytesIO
# holds str), with Jython 2.7's messages. Files cannot be opened in the sandbox.

__all__ = ['BytesIO', 'StringIO', 'open', 'IOBase', 'BufferedIOBase', 'TextIOBase', 'RawIOBase',
           'UnsupportedOperation', 'DEFAULT_BUFFER_SIZE', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(ValueError):
    pass


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    raise IOError("[Errno 13] Permission denied: '%s' (file access is not available in the sandbox)" % (file,))


class IOBase(object):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Memory(object):
    _empty = ''

    def __init__(self, initial):
        self._buf = initial if initial is not None else self._empty
        self._pos = 0
        self.closed = False

    _closed_messages = {}

    def _check(self, op=None):
        if self.closed:
            raise ValueError(self._closed_messages.get(op, 'I/O operation on closed file'))

    def _accept(self, s):
        raise NotImplementedError

    def getvalue(self):
        self._check('getvalue')
        return self._buf

    def write(self, s):
        self._check('write')
        self._accept(s)
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._empty[:0] + ('\0' * (self._pos - len(buf)))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, n=-1):
        self._check('read')
        if n is None or n < 0:
            n = len(self._buf)
        out = self._buf[self._pos:self._pos + n]
        self._pos += len(out)
        return out

    def readline(self, limit=-1):
        self._check('readline')
        end = self._buf.find('\n', self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readlines(self, hint=None):
        self._check()
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check()
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check('seek')
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        if pos < 0:
            raise ValueError('negative seek value %d' % pos)
        self._pos = pos
        return pos

    def tell(self):
        self._check('tell')
        return self._pos

    def truncate(self, size=None):
        self._check('truncate')
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Memory, TextIOBase):
    _empty = u''
    _closed_messages = {'readline': 'read from closed file', 'seek': 'tell on closed file'}

    def __init__(self, initial_value=u'', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, unicode):
            raise TypeError('initial value should be unicode or None, got %s' % type(initial_value))
        _Memory.__init__(self, initial_value or u'')

    def _accept(self, s):
        if not isinstance(s, unicode):
            raise TypeError("can't write %s to text stream" % type(s).__name__)


class BytesIO(_Memory, BufferedIOBase):
    _closed_messages = {'read': 'read from closed file', 'readline': 'read from closed file',
                        'write': 'write to closed file', 'getvalue': 'getvalue on closed file',
                        'seek': 'seek on closed file', 'tell': 'tell on closed file',
                        'truncate': 'truncate on closed file'}
    def __init__(self, initial_bytes=''):
        _Memory.__init__(self, initial_bytes or '')

    def _accept(self, s):
        if isinstance(s, unicode):
            raise TypeError("can't write unicode to binary stream")
        if not isinstance(s, str):
            raise TypeError("'%s' does not have the buffer interface" % type(s).__name__)
