# zlib for the sandbox: compress, decompress and the checksums (deflate and inflate by pako, in _pszlib).
import _pszlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_NO_FLUSH = 0
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
ZLIB_VERSION = '1.1.3'


class error(Exception):
    pass


compress = _pszlib.compress
crc32 = _pszlib.crc32
adler32 = _pszlib.adler32


def decompress(string, wbits=MAX_WBITS, bufsize=16384):
    return _pszlib.decompress(string, wbits)


class _Compress(object):
    def __init__(self, level):
        self._level = level
        self._parts = []

    def compress(self, data):
        self._parts.append(data)
        return ''

    def flush(self, mode=Z_FINISH):
        data = ''.join(self._parts)
        self._parts = []
        return _pszlib.compress(data, self._level)


class _Decompress(object):
    def __init__(self, wbits):
        self._wbits = wbits
        self._parts = []
        self.unused_data = ''
        self.unconsumed_tail = ''

    def decompress(self, data, max_length=0):
        self._parts.append(data)
        try:
            return _pszlib.decompress(''.join(self._parts), self._wbits)
        finally:
            self._parts = []

    def flush(self, length=None):
        return ''


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memlevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY):
    return _Compress(level)


def decompressobj(wbits=MAX_WBITS):
    return _Decompress(wbits)
