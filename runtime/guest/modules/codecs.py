# codecs for the sandbox, written from the Python 2.7 documentation of the module and checked against Jython 2.7.
# The codecs are the runtime's (str.encode / str.decode: ascii, utf-8, latin-1, and the str-to-str codecs rot13,
# hex, base64 and zlib); there are no files here, so codecs.open and the stream classes' file use are refused.
__all__ = ['lookup', 'encode', 'decode', 'getencoder', 'getdecoder', 'register', 'open', 'CodecInfo',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE',
           'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE']

BOM_UTF8 = '\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = '\xff\xfe'
BOM_UTF16_BE = BOM_BE = '\xfe\xff'
BOM_UTF32_LE = '\xff\xfe\x00\x00'
BOM_UTF32_BE = '\x00\x00\xfe\xff'
# Jython runs big-endian.
BOM_UTF16 = BOM = BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_BE

# The name lookup() reports for each spelling the runtime accepts (case, '-' and '_' do not matter).
_CANONICAL = {
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
    'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8',
    'latin-1': 'iso8859-1', 'latin1': 'iso8859-1', 'iso-8859-1': 'iso8859-1', 'iso8859-1': 'iso8859-1',
    'l1': 'iso8859-1', 'latin': 'iso8859-1',
    'rot13': 'rot-13', 'rot-13': 'rot-13', 'hex': 'hex', 'hex-codec': 'hex', 'base64': 'base64',
    'base64-codec': 'base64', 'base-64': 'base64', 'zlib': 'zlib', 'zlib-codec': 'zlib', 'zip': 'zlib',
}
_TEXT_CODECS = ('ascii', 'utf-8', 'iso8859-1')
_search_functions = []


class CodecInfo(tuple):
    """(encoder, decoder, stream reader, stream writer), with the codec's name and functions as attributes."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.streamreader = streamreader
        self.streamwriter = streamwriter
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        return self

    def __repr__(self):
        return '<codecs.CodecInfo object for encoding %s>' % self.name


def _make_info(name):
    if name in _TEXT_CODECS:
        def encode(input, errors='strict'):
            return unicode(input).encode(name, errors), len(input)

        def decode(input, errors='strict'):
            return str(input).decode(name, errors), len(input)
    else:
        def encode(input, errors='strict'):
            return input.encode(name), len(input)

        def decode(input, errors='strict'):
            return input.decode(name), len(input)
    return CodecInfo(encode, decode, name=name)


def register(search_function):
    """Adds a search function: called with a normalized encoding name, it returns a CodecInfo or None."""
    _search_functions.append(search_function)


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError if there is none."""
    key = encoding.lower().replace('_', '-')
    name = _CANONICAL.get(key)
    if name is not None:
        return _make_info(name)
    for search in _search_functions:
        info = search(encoding.lower().replace(' ', '_').replace('-', '_'))
        if info is not None:
            return info
    raise LookupError("unknown encoding '%s'" % encoding)


def encode(obj, encoding='ascii', errors='strict'):
    """Encodes obj with the codec registered for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='ascii', errors='strict'):
    """Decodes obj with the codec registered for encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _pair(name):
    info = _make_info(name)
    return info.encode, info.decode


utf_8_encode, utf_8_decode = _pair('utf-8')
latin_1_encode, latin_1_decode = _pair('iso8859-1')
ascii_encode, ascii_decode = _pair('ascii')


def open(filename, mode='rb', encoding=None, errors='strict', buffering=1):
    raise IOError('codecs.open: files are not available in the sandbox')
