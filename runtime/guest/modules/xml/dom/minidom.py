# xml.dom.minidom for the sandbox, written from the Python 2.7 documentation of xml.dom and xml.dom.minidom and
# Jython 2.7's output: parse/parseString, Document and its create* methods, the tree operations, attributes,
# getElementsByTagName, toxml and toprettyxml. Strings are unicode, as Jython's minidom gives them.
from xml import _document
from xml.dom import Node, NotFoundErr, HierarchyRequestErr
from xml.dom.minicompat import NodeList, EmptyNodeList


def _escape(text):
    return text.replace(u'&', u'&amp;').replace(u'<', u'&lt;').replace(u'"', u'&quot;').replace(u'>', u'&gt;')


class _Writer(object):
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def value(self, encoding):
        text = u''.join(unicode(p) for p in self.parts)
        return text if encoding is None else text.encode(encoding)


class _NodeBase(Node):
    parentNode = None
    ownerDocument = None
    nodeValue = None
    namespaceURI = None
    prefix = None
    localName = None
    attributes = None

    def _siblings(self):
        return self.parentNode.childNodes if self.parentNode is not None else None

    @property
    def nextSibling(self):
        siblings = self._siblings()
        if siblings is None:
            return None
        index = _index_of(siblings, self) + 1
        return siblings[index] if index < len(siblings) else None

    @property
    def previousSibling(self):
        siblings = self._siblings()
        if siblings is None:
            return None
        index = _index_of(siblings, self) - 1
        return siblings[index] if index >= 0 else None

    @property
    def firstChild(self):
        children = self.childNodes
        return children[0] if children else None

    @property
    def lastChild(self):
        children = self.childNodes
        return children[-1] if children else None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise HierarchyRequestErr('%s cannot be child of %s' % (repr(node), repr(self)))

    def appendChild(self, node):
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, node, reference):
        if reference is None:
            return self.appendChild(node)
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        index = _index_of(self.childNodes, reference)
        if index < 0:
            raise NotFoundErr()
        self.childNodes.insert(index, node)
        node.parentNode = self
        return node

    def removeChild(self, node):
        index = _index_of(self.childNodes, node)
        if index < 0:
            raise NotFoundErr()
        del self.childNodes[index]
        node.parentNode = None
        return node

    def replaceChild(self, node, old):
        index = _index_of(self.childNodes, old)
        if index < 0:
            raise NotFoundErr()
        if node is old:
            return old
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
            index = _index_of(self.childNodes, old)
        self.childNodes[index] = node
        node.parentNode = self
        old.parentNode = None
        return old

    def normalize(self):
        merged = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if merged and merged[-1].nodeType == Node.TEXT_NODE:
                    merged[-1].data = merged[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        self.childNodes[:] = merged

    def toxml(self, encoding=None):
        return self.toprettyxml('', '', encoding)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None):
        writer = _Writer()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, '', indent, newl, encoding)
        else:
            self.writexml(writer, '', indent, newl)
        return writer.value(encoding)

    def unlink(self):
        for child in list(self.childNodes):
            child.unlink()
        self.parentNode = None

    def isSameNode(self, other):
        return self is other

    def __nonzero__(self):
        return True


def _index_of(nodes, node):
    for i, candidate in enumerate(nodes):
        if candidate is node:
            return i
    return -1


class _Leaf(_NodeBase):
    childNodes = EmptyNodeList()
    _child_types = ()

    def appendChild(self, node):
        raise HierarchyRequestErr('%s nodes cannot have children' % self.nodeName)


class _CharacterData(_Leaf):
    def __init__(self, data=u''):
        self.data = data

    def _get_node_value(self):
        return self.data

    def _set_node_value(self, value):
        self.data = value

    nodeValue = property(_get_node_value, _set_node_value)

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        shown = data[:10] + '...' if len(data) > 10 else data
        return '<DOM %s node "%r">' % (self.__class__.__name__, shown)


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = u'#text'

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(u'%s%s%s' % (indent, _escape(self.data), newl))

    def cloneNode(self, deep=False):
        return Text(self.data)

    @property
    def wholeText(self):
        return self.data


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = u'#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(u'<![CDATA[%s]]>' % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = u'#comment'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if u'--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(u'%s<!--%s-->%s' % (indent, self.data, newl))

    def cloneNode(self, deep=False):
        return Comment(self.data)


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(u'%s<?%s %s?>%s' % (indent, self.target, self.data, newl))

    def cloneNode(self, deep=False):
        return ProcessingInstruction(self.target, self.data)


class Attr(_Leaf):
    nodeType = Node.ATTRIBUTE_NODE
    specified = True
    ownerElement = None

    def __init__(self, qname, namespaceURI=None, localName=None, prefix=None):
        self.name = self.nodeName = qname
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else qname.split(u':')[-1]
        self.value = u''

    def _get_node_value(self):
        return self.value

    def _set_node_value(self, value):
        self.value = value

    nodeValue = property(_get_node_value, _set_node_value)

    def __repr__(self):
        return '<xml.dom.minidom.Attr instance at 0x%x>' % id(self)


class NamedNodeMap(object):
    """An element's attributes by name: map['name'] is an Attr; keys(), items() (name, value), length, item(i)."""

    def __init__(self, element):
        self._attrs = element._attrs

    def __len__(self):
        return len(self._attrs)

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        names = self._attrs.keys()
        return self._attrs[names[index]] if 0 <= index < len(names) else None

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def has_key(self, name):
        return name in self._attrs

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        return self._attrs[name]

    def get(self, name, default=None):
        return self._attrs.get(name, default)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def __iter__(self):
        return iter(self._attrs)


class Element(_NodeBase):
    nodeType = Node.ELEMENT_NODE
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE, Node.TEXT_NODE,
                    Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=None, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else tagName.split(u':')[-1]
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def getAttribute(self, name):
        attr = self._attrs.get(name)
        return attr.value if attr is not None else ''

    def getAttributeNode(self, name):
        return self._attrs.get(name)

    def setAttribute(self, name, value):
        attr = self._attrs.get(name)
        if attr is None:
            attr = Attr(name)
            attr.ownerElement = self
            attr.ownerDocument = self.ownerDocument
            self._attrs[name] = attr
        attr.value = value

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def removeAttribute(self, name):
        if name not in self._attrs:
            raise NotFoundErr()
        del self._attrs[name]

    def getElementsByTagName(self, name):
        found = NodeList()
        _collect(self, name, found)
        return found

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(u'%s<%s' % (indent, self.tagName))
        for name in sorted(self._attrs.keys()):
            writer.write(u' %s="%s"' % (name, _escape(self._attrs[name].value)))
        children = self.childNodes
        if not children:
            writer.write(u'/>%s' % newl)
            return
        writer.write(u'>')
        if len(children) == 1 and children[0].nodeType == Node.TEXT_NODE:
            children[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for child in children:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write(u'</%s>%s' % (self.tagName, newl))

    def cloneNode(self, deep=False):
        twin = Element(self.tagName, self.namespaceURI, self.prefix, self.localName)
        twin.ownerDocument = self.ownerDocument
        for name, attr in self._attrs.items():
            twin.setAttribute(name, attr.value)
        if deep:
            for child in self.childNodes:
                twin.appendChild(child.cloneNode(True))
        return twin

    def __repr__(self):
        return '<DOM Element: %s at 0x%x>' % (self.tagName.encode('utf-8'), id(self))


def _collect(parent, name, found):
    for child in parent.childNodes:
        if child.nodeType == Node.ELEMENT_NODE:
            if name == '*' or child.tagName == name:
                found.append(child)
            _collect(child, name, found)


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE

    def __init__(self, name):
        self.name = self.nodeName = name
        self.publicId = self.systemId = self.internalSubset = None

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(u'<!DOCTYPE %s%s' % (self.name, newl))


class Document(_NodeBase):
    nodeType = Node.DOCUMENT_NODE
    nodeName = u'#document'
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.DOCUMENT_TYPE_NODE)
    doctype = None

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for child in self.childNodes:
            if child.nodeType == Node.ELEMENT_NODE:
                return child
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr('two document elements disallowed')
        return _NodeBase.appendChild(self, node)

    def _owned(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._owned(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.split(u':')[0] if u':' in qualifiedName else None
        return self._owned(Element(qualifiedName, namespaceURI, prefix))

    def createTextNode(self, data):
        if not isinstance(data, basestring):
            raise TypeError('node contents must be a string')
        return self._owned(Text(data))

    def createCDATASection(self, data):
        return self._owned(CDATASection(data))

    def createComment(self, data):
        return self._owned(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._owned(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._owned(Attr(qName))

    def getElementsByTagName(self, name):
        found = NodeList()
        _collect(self, name, found)
        return found

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None):
        if encoding is None:
            writer.write(u'<?xml version="1.0" ?>' + newl)
        else:
            writer.write(u'<?xml version="1.0" encoding="%s"?>%s' % (encoding, newl))
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)

    def cloneNode(self, deep=False):
        twin = Document()
        if deep:
            for child in self.childNodes:
                twin.appendChild(child.cloneNode(True))
        return twin

    def __repr__(self):
        return '<xml.dom.minidom.Document instance at 0x%x>' % id(self)


class DOMImplementation(object):
    def hasFeature(self, feature, version):
        return feature.lower() in ('core', 'xml')

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        document = Document()
        if doctype is not None:
            document.appendChild(doctype)
            document.doctype = doctype
        if qualifiedName:
            document.appendChild(document.createElementNS(namespaceURI, qualifiedName))
        return document

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype


def getDOMImplementation(features=None):
    return DOMImplementation()


def _build(source):
    from xml.sax import _reader
    document = Document()
    stack = [document]
    for event in _reader.checked_events(source):
        kind = event[0]
        if kind == u'start':
            qname, uri, local = event[1], event[2], event[3]
            prefix = qname.split(u':')[0] if u':' in qname else None
            element = document._owned(Element(qname, uri or None, prefix, local))
            for aname, auri, alocal, value in event[4]:
                element.setAttribute(aname, value)
            stack[-1].appendChild(element)
            stack.append(element)
        elif kind == u'end':
            stack.pop()
        elif kind == u'text':
            parent = stack[-1]
            if parent is not document:
                parent.appendChild(document._owned(Text(event[1])))
        elif kind == u'comment':
            stack[-1].appendChild(document._owned(Comment(event[1])))
        elif kind == u'pi':
            stack[-1].appendChild(document._owned(ProcessingInstruction(event[1], event[2])))
    return document


def parseString(string, parser=None):
    return _build(string)


def parse(file, parser=None, bufsize=None):
    if not hasattr(file, 'read'):
        file = open(file, 'rb')
    return _build(file.read())
