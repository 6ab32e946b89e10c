import locale
locale.setlocale(locale.LC_ALL, '')
print locale.format('%d', 1234567, True), locale.format('%.2f', 1234567.891, grouping=True)
print locale.format('%10.1f', -3.14159), locale.format('%s', 'x'), locale.format('%d', -1234567, grouping=True)
print locale.format_string('%s has %d sessions', ('billy', 3)), locale.format_string('%.1f%%', 12.34)
try:
    locale.format('%d %d', (1, 2))
except ValueError, e:
    print 'ValueError', e
