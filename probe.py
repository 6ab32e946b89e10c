import unicodedata as u
print u.unidata_version
for c in [u'a', u'\xe9', u'\xbd', u'\u216b', u'\uac00', u'\u4e00', u'\U0001F600', u'\u0301', u'\uff21', u'\u2460', u'\U00020000', u'\uf900', u'\U00017000', u'\U00018b00', u'\U0001b170', u'\U000e0100', u'\ue000', u'\u0378']:
    print repr(c), repr(u.name(c, None)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), repr(u.decomposition(c)), u.numeric(c, None), u.mirrored(c)
print u.lookup('LATIN SMALL LETTER A'), repr(u.lookup('HANGUL SYLLABLE GA'))
try:
    u.name(u'\u0378')
except Exception, e:
    print type(e), e
try:
    u.lookup('NO SUCH')
except Exception, e:
    print type(e), e
try:
    u.numeric(u'a')
except Exception, e:
    print type(e), e
