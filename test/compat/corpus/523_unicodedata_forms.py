import unicodedata
s = u'e\u0301 \xe9 \ufb01 \u2460 \uff21'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    print form, repr(unicodedata.normalize(form, s))
print unicodedata.normalize('NFC', u'e\u0301') == u'\xe9'
try:
    unicodedata.normalize('X', u'a')
except ValueError, e:
    print 'ValueError', e
try:
    print repr(unicodedata.normalize('NFC', 'a')), unicodedata.category('a')
except TypeError, e:
    print 'TypeError', e
