# unicodedata.lookup: exact names, any case, algorithmic names, and the KeyError for an unknown one
import unicodedata
for n in ['LATIN SMALL LETTER A', 'latin capital letter e with acute', u'GREEK SMALL LETTER MU',
          'SNOWMAN', 'grinning face', 'EURO SIGN', 'DEGREE CELSIUS', 'CJK UNIFIED IDEOGRAPH-4E2D',
          'cjk unified ideograph-20000', 'HANGUL SYLLABLE HAN', 'hangul syllable geul', 'HANGUL SYLLABLE A',
          'TANGUT IDEOGRAPH-17000', 'COMBINING ACUTE ACCENT', 'BOX DRAWINGS LIGHT HORIZONTAL']:
    print n, '->', repr(unicodedata.lookup(n))
for n in ['NO SUCH CHARACTER', 'LATIN SMALL LETTER A ', 'CJK UNIFIED IDEOGRAPH-0041', 'HANGUL SYLLABLE XYZ', '']:
    try:
        unicodedata.lookup(n)
    except KeyError, e:
        print 'KeyError:', e
try:
    unicodedata.lookup(65)
except TypeError, e:
    print 'TypeError:', e
