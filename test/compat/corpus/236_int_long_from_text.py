# int() and long() of text: Unicode decimal digits, the L suffix of long(), spaces and signs.
print int(u'\u0661\u0662'), int(u'\u0967\u0968\u0969'), int(u' -\uff14\uff12 '), long(u'\u0661\u0660')
print repr(long('12L')), repr(long('  -7l ')), repr(long('123456789012345678901234567890L'))
print repr(int('  42 ')), repr(long('0')), repr(float(u'\u0663.5'))
for text in ['12L', '1.5', '', 'L', '0x10']:
    try:
        print repr(int(text))
    except ValueError, e:
        print 'ValueError:', e
for text in ['L', '12LL', '1 2L']:
    try:
        print repr(long(text))
    except ValueError, e:
        print 'ValueError:', e
