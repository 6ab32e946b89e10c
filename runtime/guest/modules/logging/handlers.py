# logging.handlers for the sandbox: the in-memory handlers of the Python 2.7 documentation. The handlers that
# reach files, sockets, syslog or mail cannot work in the sandbox; making one raises IOError.
import logging


class BufferingHandler(logging.Handler):
    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer = []

    def close(self):
        self.flush()
        logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    def __init__(self, capacity, flushLevel=logging.ERROR, target=None):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer = []

    def close(self):
        self.flush()
        self.target = None
        BufferingHandler.close(self)


def _no_files(*args, **kwargs):
    raise IOError('[Errno 13] Permission denied (file, socket and mail handlers are not available in the sandbox)')


class _Unavailable(logging.Handler):
    def __init__(self, *args, **kwargs):
        _no_files()


class RotatingFileHandler(_Unavailable):
    pass


class TimedRotatingFileHandler(_Unavailable):
    pass


class WatchedFileHandler(_Unavailable):
    pass


class SocketHandler(_Unavailable):
    pass


class DatagramHandler(_Unavailable):
    pass


class SysLogHandler(_Unavailable):
    pass


class SMTPHandler(_Unavailable):
    pass


class HTTPHandler(_Unavailable):
    pass


class NTEventLogHandler(_Unavailable):
    pass
