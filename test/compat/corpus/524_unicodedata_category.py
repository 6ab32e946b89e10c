import unicodedata
chars = [u'A', u'a', u'1', u'\xe9', u'\xbd', u'\u0661', u' ', u'\u2014', u'\u20ac', u'\u4e2d', u'\uff21', u'\u0301', u'\u05d0', u'(', u'\xb2', u'\u2167', u'\n', u'_', u'\xa0', u'\u200b']
for ch in chars:
    print repr(ch), unicodedata.category(ch), unicodedata.mirrored(ch)
print unicodedata.unidata_version
