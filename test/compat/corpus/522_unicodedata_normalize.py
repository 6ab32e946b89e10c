# -*- coding: utf-8 -*-
import unicodedata
def strip_accents(text):
    decomposed = unicodedata.normalize('NFKD', text)
    return u''.join(c for c in decomposed if unicodedata.category(c) != 'Mn')
for name in [u'Jos\xe9', u'Fran\xe7ois', u'M\xfcller', u'\xc5ngstr\xf6m', u'plain']:
    print repr(strip_accents(name)), strip_accents(name).encode('ascii', 'ignore')
print repr(unicodedata.normalize('NFKD', u'Caf\xe9').encode('ascii', 'ignore'))
