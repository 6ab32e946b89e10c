# Runs a document through a ContentHandler (xml.sax.parse and parseString), from the tokenizer's events.
from xml import _document
from xml.sax._exceptions import SAXParseException


class AttributesImpl(object):
    """The attributes of a start tag: a read-only mapping of name -> value."""

    def __init__(self, pairs):
        self._names = [name for name, value in pairs]
        self._values = dict(pairs)

    def getLength(self):
        return len(self._names)

    def getNames(self):
        return list(self._names)

    def getValue(self, name):
        return self._values[name]

    def getType(self, name):
        return 'CDATA'

    def __len__(self):
        return len(self._names)

    def __getitem__(self, name):
        return self._values[name]

    def __iter__(self):
        # Jython's attributes object has no __iter__ or __contains__: iteration and `in` go through
        # __getitem__(0), __getitem__(1)..., which its Java attributes answer with the values by index.
        return iter(self.values())

    def __contains__(self, value):
        return value in self.values()

    def has_key(self, name):
        return name in self._values

    def get(self, name, default=None):
        return self._values.get(name, default)

    def keys(self):
        return list(self._names)

    def values(self):
        return [self._values[n] for n in self._names]

    def items(self):
        return [(n, self._values[n]) for n in self._names]

    def copy(self):
        return AttributesImpl(self.items())


def checked_events(source, system_id=None):
    """The document's events, raising SAXParseException at a well-formedness error."""
    found = _document.events(_document.read_all(source))
    if found and found[-1][0] == u'error':
        message, line, column = found[-1][1], found[-1][2], found[-1][3]
        raise SAXParseException(message, None, (line, column + 1, system_id))
    return found


def run(source, handler, error_handler=None):
    try:
        events = checked_events(source)
    except SAXParseException as error:
        if error_handler is not None:
            error_handler.fatalError(error)
        raise
    handler.startDocument()
    for event in events:
        kind = event[0]
        if kind == u'start':
            handler.startElement(event[1], AttributesImpl([(a[0], a[3]) for a in event[4]]))
        elif kind == u'end':
            handler.endElement(event[1])
        elif kind == u'text':
            handler.characters(event[1])
        elif kind == u'pi':
            handler.processingInstruction(event[1], event[2])
    handler.endDocument()
