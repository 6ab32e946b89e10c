# unicodedata.numeric of fractions, Roman numerals, circled numbers, CJK numerals and digits
import unicodedata
for cp in [0x30, 0x39, 0x661, 0xbc, 0xbd, 0xbe, 0x2153, 0x215f, 0x2160, 0x216b, 0x216f, 0x2180, 0x2182,
           0x2460, 0x2473, 0x24ea, 0x3007, 0x4e00, 0x5341, 0x842c, 0x5104, 0xf96b, 0x1f10c, 0x10107, 0x12432, 0xb2]:
    print '%X' % cp, unicodedata.numeric(unichr(cp))
for ch in u'a\u0378 ':
    print repr(unicodedata.numeric(ch, None))
    try:
        unicodedata.numeric(ch)
    except ValueError, e:
        print 'ValueError:', e
