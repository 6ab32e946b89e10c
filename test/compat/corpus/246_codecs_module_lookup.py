# The codecs module: lookup, encode/decode, encoders and decoders, BOM constants.
import codecs
print repr(codecs.BOM_UTF16), repr(codecs.BOM_UTF16_LE), repr(codecs.BOM_UTF16_BE), repr(codecs.BOM_UTF32_LE), repr(codecs.BOM), repr(codecs.BOM_LE)
for n in ['ascii', 'US-ASCII', 'utf_8', 'U8', 'latin1', 'L1', 'rot_13', 'hex_codec', 'base64', 'zip', 'zlib_codec']:
    print n, codecs.lookup(n).name
ci = codecs.lookup('utf-8')
print ci.encode(u'h\xe9'), ci.decode('h\xc3\xa9'), ci[0](u'x'), len(ci), isinstance(ci, tuple)
print codecs.latin_1_encode(u'\xe9'), codecs.ascii_decode('ab'), codecs.utf_8_encode(u'ab')
try:
    codecs.utf_8_decode('\xff')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
print codecs.decode('68690a', 'hex'), repr(codecs.encode(u'Hi', 'rot13'))
print repr(codecs.encode(u'h\xe9', 'latin-1')), repr(codecs.getencoder('utf-8')(u'\xe9')), repr(codecs.getdecoder('utf-8')('\xc3\xa9'))
for name in ['nope', 'utf-9']:
    try:
        codecs.lookup(name)
    except LookupError, e:
        print 'LookupError:', e
