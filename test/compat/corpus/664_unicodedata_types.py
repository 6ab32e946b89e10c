# unicodedata's new functions reject str and multi-character arguments, and return str/int/float/unicode types
import unicodedata
for f in [unicodedata.bidirectional, unicodedata.combining, unicodedata.east_asian_width,
          unicodedata.decomposition, unicodedata.numeric, unicodedata.name]:
    for bad in ['a', u'ab']:
        try:
            f(bad)
        except TypeError, e:
            print f.__name__, 'TypeError:', e
print type(unicodedata.name(u'a')).__name__, type(unicodedata.bidirectional(u'a')).__name__
print type(unicodedata.combining(u'a')).__name__, type(unicodedata.east_asian_width(u'a')).__name__
print type(unicodedata.decomposition(u'a')).__name__, type(unicodedata.numeric(u'1')).__name__
print type(unicodedata.lookup('DIGIT ONE')).__name__, unicodedata.numeric(u'x', -1)
