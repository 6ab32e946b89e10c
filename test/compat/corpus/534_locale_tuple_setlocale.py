import locale
print locale.setlocale(locale.LC_ALL, None), locale.setlocale(locale.LC_ALL, ('C', None)) if False else 'skip'
try:
    locale.setlocale(locale.LC_ALL, ('en_US', 'UTF-8'))
except locale.Error, e:
    print 'Error:', e
try:
    locale.setlocale(locale.LC_TIME, 'fr_FR.UTF-8')
except ValueError, e:
    print 'ValueError:', e
print locale.localeconv()['decimal_point'], repr(locale.localeconv()['thousands_sep']), locale.localeconv()['grouping']
