# unicodedata.combining: canonical combining classes of accents, Hebrew points, Thai, Indic viramas
import unicodedata
for cp in [0x41, 0x300, 0x301, 0x316, 0x327, 0x334, 0x345, 0x5b0, 0x5bc, 0x64b, 0x94d, 0xe38, 0xe48,
           0x3099, 0x20d2, 0x1d165, 0x1e94a, 0xfe20, 0x4e00, 0x378]:
    print '%X' % cp, unicodedata.combining(unichr(cp))
text = unicodedata.normalize('NFD', u'r\xe9sum\xe9 na\xefve \u1ec7')
print ''.join(ch for ch in text if not unicodedata.combining(ch))
