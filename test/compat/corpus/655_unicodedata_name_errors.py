# unicodedata.name: unassigned, control and private-use code points have no name
import unicodedata
for cp in [0x0, 0x1f, 0x7f, 0x9f, 0x378, 0xe000, 0xfdd0, 0xffff, 0x10ffff, 0x2fffe]:
    print '%X' % cp, repr(unicodedata.name(unichr(cp), 'none'))
    try:
        unicodedata.name(unichr(cp))
    except ValueError, e:
        print '  ValueError:', e
for bad in ['a', u'ab', u'']:
    try:
        unicodedata.name(bad)
    except TypeError, e:
        print 'TypeError:', e
