import locale
locale.setlocale(locale.LC_ALL, 'C')
rows = [('Line 1', 1234567.5), ('Line 2', 89.125), ('Line 3', -42.0)]
for name, value in rows:
    print '%-8s %14s %s' % (name, locale.format('%.2f', value, grouping=True), locale.str(value))
print locale.atof(locale.str(2.5)) * 2, locale.atoi('0012')
print locale.getdefaultlocale()[1], locale.getpreferredencoding()
