# Reading a document for the xml package: bytes decoded as their XML declaration says (UTF-8 by default), and
# the tokenizer's events. A unicode document must be ASCII, as Jython's parsers encode it with the default codec.
import re
import _psxml

_DECLARED_ENCODING = re.compile(r'<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']')


def document_text(source):
    if isinstance(source, unicode):
        source = source.encode('ascii')
    elif not isinstance(source, str):
        raise TypeError('expected a string or a file-like object, not %s' % type(source).__name__)
    if source.startswith('\xef\xbb\xbf'):
        source = source[3:]
    found = _DECLARED_ENCODING.match(source)
    encoding = found.group(1) if found else 'utf-8'
    return source.decode(encoding)


def read_all(source):
    """A file-like object's content, or the string itself."""
    if hasattr(source, 'read'):
        return source.read()
    return source


def events(source):
    """The tokenizer's events for a document; the last one is ('error', message, line, column) if it is malformed."""
    return _psxml.tokenize(document_text(source))


def native(text):
    """ElementTree's text values: str when ASCII, unicode otherwise (as Jython's ElementTree gives them)."""
    try:
        return text.encode('ascii')
    except UnicodeError:
        return text
