# unicodedata.east_asian_width and a display-width helper for fixed-width reports
import unicodedata
for cp in [0x41, 0xa1, 0xe9, 0x3000, 0x3042, 0x4e00, 0xac00, 0xff21, 0xff61, 0x20a9, 0x1f600, 0x2026,
           0x378, 0xe000, 0x20000, 0x3fffd, 0x10ffff]:
    print '%X' % cp, unicodedata.east_asian_width(unichr(cp))
def display_width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1 for ch in text)
for label in [u'Pump 1', u'\u30dd\u30f3\u30d7 1', u'\ud38c\ud504', u'\uff30\uff55\uff4d\uff50']:
    print display_width(label), repr(label)
