import unicodedata
for ch in [u'7', u'\u0661', u'\u0966', u'\uff19', u'x', u'\u0e55']:
    print repr(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, -1), unicodedata.numeric(ch, 'n/a')
try:
    unicodedata.decimal(u'x')
except ValueError, e:
    print 'ValueError', e
try:
    unicodedata.digit(u'x')
except ValueError, e:
    print 'ValueError', e
try:
    unicodedata.numeric(u'x')
except ValueError, e:
    print 'ValueError', e
print sum(unicodedata.digit(c) for c in u'\u0661\u0662\u0663')
