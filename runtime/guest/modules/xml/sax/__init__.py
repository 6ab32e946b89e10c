# xml.sax for the sandbox: parse and parseString through a ContentHandler (Python 2.7 documentation of xml.sax).
# Documents come from the sandbox's tokenizer; parse() of a file name opens it as open() does, which the
# sandbox refuses.
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax._exceptions import (SAXException, SAXParseException, SAXNotRecognizedException,
                                 SAXNotSupportedException)
from xml.sax import _reader


def parse(source, handler, errorHandler=ErrorHandler()):
    if not hasattr(source, 'read'):
        source = open(source, 'rb')
    _reader.run(source.read(), handler, errorHandler)


def parseString(string, handler, errorHandler=ErrorHandler()):
    _reader.run(string, handler, errorHandler)


class _Reader(object):
    """What make_parser() returns: an XMLReader with a content handler."""

    def __init__(self):
        self._handler = ContentHandler()
        self._error_handler = ErrorHandler()

    def setContentHandler(self, handler):
        self._handler = handler

    def getContentHandler(self):
        return self._handler

    def setErrorHandler(self, handler):
        self._error_handler = handler

    def setFeature(self, name, state):
        pass

    def parse(self, source):
        parse(source, self._handler, self._error_handler)


def make_parser(parser_list=[]):
    return _Reader()
