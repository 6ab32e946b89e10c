# Writing an element tree as text (ElementTree.write and tostring), written from the Python 2.7 documentation
# and Jython 2.7's output: attributes sorted by name, namespace declarations (ns0, ns1... or a registered
# prefix) on the outermost element, `<tag />` for an element without text or children, and characters the
# encoding cannot hold as character references.

_WELL_KNOWN = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}

_HTML_VOID = ('area', 'base', 'basefont', 'br', 'col', 'frame', 'hr', 'img', 'input', 'isindex', 'link', 'meta',
              'param')


def register_namespace(prefix, uri):
    import re
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for known_uri, known_prefix in _WELL_KNOWN.items():
        if known_prefix == prefix and known_uri != uri:
            del _WELL_KNOWN[known_uri]
    _WELL_KNOWN[uri] = prefix


def _encode(text, encoding):
    try:
        return text.encode(encoding, 'xmlcharrefreplace')
    except (TypeError, AttributeError):
        raise TypeError('cannot serialize %r (type %s)' % (text, type(text).__name__))


def _escape_text(text, encoding):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    return _encode(text, encoding)


def _escape_attribute(text, encoding):
    text = _escape_text(text, encoding)
    if '"' in text:
        text = text.replace('"', '&quot;')
    if '\n' in text:
        text = text.replace('\n', '&#10;')
    return text


def _text_of(value):
    from xml.etree.ElementTree import QName
    if isinstance(value, QName):
        return value.text
    return value


def _prefixes(root, default_namespace):
    """Qualified name -> written name, and uri -> prefix, in the order the names are met."""
    from xml.etree.ElementTree import Comment, ProcessingInstruction, QName
    written = {}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add(qname):
        if qname in written:
            return
        if qname[:1] == '{':
            uri, local = qname[1:].split('}', 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _WELL_KNOWN.get(uri)
                if prefix is None:
                    prefix = 'ns%d' % len(namespaces)
                namespaces[uri] = prefix
            written[qname] = '%s:%s' % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError('cannot use non-qualified names with default_namespace option')
            written[qname] = qname

    for element in root.iter():
        tag = element.tag
        if isinstance(tag, QName):
            add(tag.text)
        elif isinstance(tag, basestring):
            add(tag)
        elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
            raise TypeError('cannot serialize %r (type %s)' % (tag, type(tag).__name__))
        for key, value in element.items():
            add(_text_of(key))
            if isinstance(value, QName):
                add(value.text)
        if isinstance(element.text, QName):
            add(element.text.text)
    return written, namespaces


def _write_xml(out, element, encoding, written, namespaces):
    from xml.etree.ElementTree import Comment, ProcessingInstruction
    tag = _text_of(element.tag)
    text = element.text
    if tag is Comment:
        out.append('<!--%s-->' % _encode(text, encoding))
    elif tag is ProcessingInstruction:
        out.append('<?%s?>' % _encode(text, encoding))
    elif tag is None:
        if text:
            out.append(_escape_text(text, encoding))
        for child in element:
            _write_xml(out, child, encoding, written, None)
    else:
        name = written[tag]
        out.append('<' + _encode(name, encoding))
        if namespaces:
            for uri, prefix in sorted(namespaces.items(), key=lambda pair: pair[1]):
                attribute = ':' + prefix if prefix else ''
                out.append(' xmlns%s="%s"' % (_encode(attribute, encoding), _escape_attribute(uri, encoding)))
        for key, value in sorted(element.items()):
            value = written[value.text] if hasattr(value, 'text') and not isinstance(value, basestring) else value
            out.append(' %s="%s"' % (_encode(written[_text_of(key)], encoding), _escape_attribute(value, encoding)))
        if text or len(element):
            out.append('>')
            if text:
                out.append(_escape_text(_text_of(text), encoding))
            for child in element:
                _write_xml(out, child, encoding, written, None)
            out.append('</' + _encode(name, encoding) + '>')
        else:
            out.append(' />')
    if element.tail:
        out.append(_escape_text(element.tail, encoding))


def _write_html(out, element, encoding, written):
    from xml.etree.ElementTree import Comment, ProcessingInstruction
    tag = _text_of(element.tag)
    text = element.text
    if tag is Comment:
        out.append('<!--%s-->' % _escape_text(text, encoding))
    elif tag is ProcessingInstruction:
        out.append('<?%s?>' % _escape_text(text, encoding))
    elif tag is None:
        if text:
            out.append(_escape_text(text, encoding))
        for child in element:
            _write_html(out, child, encoding, written)
    else:
        name = written[tag]
        out.append('<' + _encode(name, encoding))
        for key, value in sorted(element.items()):
            out.append(' %s="%s"' % (_encode(written[_text_of(key)], encoding), _escape_attribute(value, encoding)))
        out.append('>')
        lowered = name.lower()
        if text:
            out.append(_encode(text, encoding) if lowered in ('script', 'style') else _escape_text(text, encoding))
        for child in element:
            _write_html(out, child, encoding, written)
        if lowered not in _HTML_VOID:
            out.append('</' + _encode(name, encoding) + '>')
    if element.tail:
        out.append(_escape_text(element.tail, encoding))


def serialize(root, encoding=None, xml_declaration=None, default_namespace=None, method=None):
    from xml.etree.ElementTree import ElementTree
    if isinstance(root, ElementTree):
        root = root.getroot()
    method = method or 'xml'
    if method not in ('xml', 'html', 'text'):
        raise ValueError('unknown method %r' % method)
    if encoding is None:
        encoding = 'us-ascii'
    out = []
    if method == 'xml' and (xml_declaration or (xml_declaration is None and encoding not in ('utf-8', 'us-ascii'))):
        out.append("<?xml version='1.0' encoding='%s'?>\n" % encoding)
    if method == 'text':
        out.extend(_encode(part, encoding) for part in root.itertext())
        return out
    written, namespaces = _prefixes(root, default_namespace)
    if method == 'html':
        _write_html(out, root, encoding, written)
    else:
        _write_xml(out, root, encoding, written, namespaces)
    return out
