# format() / str.format with specs on None, bools, ints and floats (no type, 'n').
for value in [None, True, False, [1, 2], (3,)]:
    print repr(format(value, '')), repr(format(value, '^8')), repr(format(value, '<6')), repr(format(value, '>7'))
print repr('{0:^6}|{1:<6}|{2:>6}'.format(None, True, False))
for value in [100.0, 1234567.5, 0.5, 1e-7, 123456789012.0, 1e22, -2.5, 12.0]:
    print repr(format(value, 'n')), repr(format(value, '.3n')), repr(format(value, '')), repr(format(value, '12')), repr(format(value, '.3')), repr(format(value, '<10.4'))
print repr('{0}'.format(123456789012.0)), repr(str(123456789012.0)), repr('{0}|{1:,}'.format(1e16, 2.5))
print repr(format(1234567, 'n')), repr(format(-42, '6n')), repr(format(10L ** 12, 'n'))
print 'Total: {0:>12} ({1:n} items)'.format(1234.5, 3)
