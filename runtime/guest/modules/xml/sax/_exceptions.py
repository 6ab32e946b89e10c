# The exceptions of xml.sax (Python 2.7 documentation of xml.sax).


class SAXException(Exception):
    def __init__(self, msg, exception=None):
        Exception.__init__(self, msg)
        self._msg = msg
        self._exception = exception

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg


class SAXParseException(SAXException):
    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._line, self._column, self._system_id = locator

    def getLineNumber(self):
        return self._line

    def getColumnNumber(self):
        return self._column

    def getSystemId(self):
        return self._system_id

    def getPublicId(self):
        return None

    def __str__(self):
        system_id = self._system_id if self._system_id is not None else '<unknown>'
        return '%s:%s:%s: %s' % (system_id, self._line, self._column, self._msg)


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass
