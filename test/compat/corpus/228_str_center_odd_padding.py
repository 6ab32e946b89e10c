print repr('ab'.center(7, '-')), repr('abc'.center(6, '*')), repr(u'ab'.center(7)), repr('a'.center(4))
print repr('abc'.center(2)), repr(u'\xe9'.center(4, u'\xb7'))
for width in range(9):
    print repr('x'.center(width, '.')), repr('xy'.center(width, '.'))
print '|' + 'Tag'.center(10) + '|' + 'Value'.center(9, '=') + '|'
try:
    'a'.center(5, 'ab')
except TypeError, e:
    print e
