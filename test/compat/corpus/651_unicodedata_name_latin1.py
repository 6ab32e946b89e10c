# unicodedata.name over Latin-1: a report labelling the accented letters of customer names
import unicodedata
for ch in u'Aa0 !~\xa0\xa9\xb5\xbf\xc0\xc9\xd7\xdf\xe9\xf1\xf7\xff':
    print '%04X %s' % (ord(ch), unicodedata.name(ch))
