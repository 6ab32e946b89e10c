import locale
print locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_ALL, ''), locale.setlocale(locale.LC_NUMERIC, 'C')
print locale.getlocale(), locale.getlocale(locale.LC_NUMERIC)
print locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.CHAR_MAX
for name in ['en_US.UTF-8', 'de_DE', 'POSIX']:
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error, e:
        print name, 'refused:', e
print locale.Error is ValueError
