# xml.etree.ElementTree for the sandbox (ElementTree 1.3, as Jython 2.7 ships it), written from the Python 2.7
# documentation of the module and Jython's output on the differential corpus. Documents are read by the
# sandbox's tokenizer (xml._document); parse() of a file name opens it as open() does, which the sandbox refuses.
import sys
from xml import _document
from xml.etree import ElementPath

__all__ = ['Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist', 'iselement', 'iterparse',
           'parse', 'ParseError', 'PI', 'ProcessingInstruction', 'QName', 'SubElement', 'tostring', 'tostringlist',
           'TreeBuilder', 'VERSION', 'XML', 'XMLParser', 'XMLTreeBuilder', 'register_namespace']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    pass


class Element(object):
    """An element: tag, attrib, text, tail, and its children in order."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        merged = dict(attrib)
        merged.update(extra)
        self.tag = tag
        self.attrib = merged
        self._children = []

    def __repr__(self):
        return '<Element %s at 0x%x>' % (repr(self.tag), id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        twin = self.makeelement(self.tag, self.attrib)
        twin.text = self.text
        twin.tail = self.tail
        twin[:] = self
        return twin

    def __len__(self):
        return len(self._children)

    def __nonzero__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __getslice__(self, start, stop):
        return self._children[start:stop]

    def __setslice__(self, start, stop, elements):
        self._children[start:stop] = list(elements)

    def __delslice__(self, start, stop):
        del self._children[start:stop]

    def append(self, element):
        self._children.append(element)

    def extend(self, elements):
        self._children.extend(elements)

    def insert(self, index, element):
        self._children.insert(index, element)

    def remove(self, element):
        self._children.remove(element)

    def getchildren(self):
        return self._children

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            for found in child.iter(tag):
                yield found

    def getiterator(self, tag=None):
        return list(self.iter(tag))

    def itertext(self):
        if not isinstance(self.tag, basestring) and self.tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            for part in child.itertext():
                yield part
            if child.tail:
                yield child.tail


_ElementInterface = Element


def SubElement(parent, tag, attrib={}, **extra):
    merged = dict(attrib)
    merged.update(extra)
    element = parent.makeelement(tag, merged)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = target + ' ' + text
    return element


PI = ProcessingInstruction


class QName(object):
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __hash__(self):
        return hash(self.text)

    def __cmp__(self, other):
        if isinstance(other, QName):
            return cmp(self.text, other.text)
        return cmp(self.text, other)


def iselement(element):
    return isinstance(element, Element) or hasattr(element, 'tag')


class ElementTree(object):
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
        if parser is None:
            parser = XMLParser(target=TreeBuilder())
        parser.feed(source.read())
        self._root = parser.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def getiterator(self, tag=None):
        return list(self.iter(tag))

    def _relative(self, path):
        return '.' + path if path[:1] == '/' else path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None, method=None):
        if not hasattr(file_or_filename, 'write'):
            file_or_filename = open(file_or_filename, 'wb')
        from xml.etree import _serialize
        file_or_filename.write(''.join(_serialize.serialize(self._root, encoding, xml_declaration, default_namespace,
                                                            method)))

    def write_c14n(self, file):
        raise NotImplementedError('write_c14n is not available in the sandbox')


def register_namespace(prefix, uri):
    from xml.etree import _serialize
    _serialize.register_namespace(prefix, uri)


def tostring(element, encoding=None, method=None):
    from xml.etree import _serialize
    return ''.join(_serialize.serialize(element, encoding, None, None, method))


def tostringlist(element, encoding=None, method=None):
    from xml.etree import _serialize
    return _serialize.serialize(element, encoding, None, None, method)


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    text = tostring(elem.getroot())
    sys.stdout.write(text)
    if not text.endswith('\n'):
        sys.stdout.write('\n')


class TreeBuilder(object):
    """Builds elements from start/data/end calls; close() returns the root."""

    def __init__(self, element_factory=None):
        self._factory = element_factory or Element
        self._stack = []
        self._data = []
        self._last = None
        self._root = None
        self._last_closed = False

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._last_closed:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        element = self._factory(tag, attrs)
        if self._stack:
            self._stack[-1].append(element)
        elif self._root is None:
            self._root = element
        self._stack.append(element)
        self._last = element
        self._last_closed = False
        return element

    def end(self, tag):
        self._flush()
        self._last = self._stack.pop()
        self._last_closed = True
        return self._last

    def close(self):
        if self._stack or self._root is None:
            raise AssertionError('missing end tags' if self._stack else 'missing toplevel element')
        return self._root


def _name(qname, uri, local):
    if uri:
        return _document.native(u'{%s}%s' % (uri, local))
    return _document.native(qname)


_XMLNS = u'http://www.w3.org/2000/xmlns/'


def _attributes(raw):
    attrib = {}
    for qname, uri, local, value in raw:
        if qname == u'xmlns' or qname.startswith(u'xmlns:'):
            continue
        attrib[_name(qname, uri, local)] = _document.native(value)
    return attrib


def _namespace_declarations(raw):
    for qname, uri, local, value in raw:
        if qname == u'xmlns':
            yield u'', _document.native(value)
        elif qname.startswith(u'xmlns:'):
            yield local, _document.native(value)


def _raise_parse_error(event):
    message, line, column = event[1], event[2], event[3]
    if message.startswith(u'The entity "') and message.endswith(u'" was referenced, but not declared.'):
        message = u'undefined entity: line %d, column %d' % (line, column)
    error = ParseError(_document.native(message))
    error.code = None
    error.position = (line, column)
    raise error


class XMLParser(object):
    """Feeds a document to a target (a TreeBuilder by default): start(tag, attrib), end(tag), data(text), and
    comment(text) / pi(target, text) when the target has them. close() returns target.close()."""

    def __init__(self, html=0, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._parts = []
        self.version = 'Expat 2.0.1 (Jython)'
        self.entity = {}

    def feed(self, data):
        self._parts.append(data)

    def _events(self):
        return _document.events(''.join(self._parts))

    def close(self):
        target = self.target
        for event in self._events():
            kind = event[0]
            if kind == u'start':
                target.start(_name(event[1], event[2], event[3]), _attributes(event[4]))
            elif kind == u'end':
                target.end(_name(event[1], event[2], event[3]))
            elif kind == u'text':
                target.data(_document.native(event[1]))
            elif kind == u'comment' and hasattr(target, 'comment'):
                target.comment(_document.native(event[1]))
            elif kind == u'pi' and hasattr(target, 'pi'):
                target.pi(_document.native(event[1]), _document.native(event[2]))
            elif kind == u'error':
                _raise_parse_error(event)
        return target.close()

    def doctype(self, name, pubid, system):
        pass


XMLTreeBuilder = XMLParser


def XML(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    return XML(''.join(sequence), parser)


def XMLID(text, parser=None):
    root = XML(text, parser)
    ids = {}
    for element in root.iter():
        key = element.get('id')
        if key:
            ids[key] = element
    return root, ids


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class iterparse(object):
    """(event, element) pairs of a document ('end' events by default; 'start', 'start-ns', 'end-ns' on
    request). The document is read whole; `root` is set once the iteration ends."""

    def __init__(self, source, events=None, parser=None):
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
        self._source = source
        self._wanted = tuple(events or ('end',))
        for name in self._wanted:
            if name not in ('start', 'end', 'start-ns', 'end-ns'):
                raise ValueError('unknown event %r' % name)
        self.root = None
        self._pairs = self._generate()

    def _generate(self):
        builder = TreeBuilder()
        wanted = self._wanted
        scopes = []
        for event in _document.events(self._source.read()):
            kind = event[0]
            if kind == u'start':
                declared = list(_namespace_declarations(event[4]))
                scopes.append(len(declared))
                if 'start-ns' in wanted:
                    for pair in declared:
                        yield 'start-ns', pair
                element = builder.start(_name(event[1], event[2], event[3]), _attributes(event[4]))
                if 'start' in wanted:
                    yield 'start', element
            elif kind == u'end':
                element = builder.end(_name(event[1], event[2], event[3]))
                if 'end' in wanted:
                    yield 'end', element
                count = scopes.pop()
                if 'end-ns' in wanted:
                    for _ in range(count):
                        yield 'end-ns', None
            elif kind == u'text':
                builder.data(_document.native(event[1]))
            elif kind == u'error':
                _raise_parse_error(event)
        self.root = builder.close()

    def __iter__(self):
        return self

    def next(self):
        return next(self._pairs)
