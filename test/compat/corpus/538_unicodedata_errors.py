import unicodedata
for bad in ['a', u'ab', u'']:
    try:
        unicodedata.category(bad)
    except TypeError, e:
        print 'TypeError', e
print unicodedata.category(u'\ue000'), unicodedata.category(u'\u0378'), unicodedata.category(u'\u2028'), unicodedata.category(u'\u00ad')
print unicodedata.mirrored(u'['), unicodedata.mirrored(u'\xab'), unicodedata.mirrored(u'a')
