import locale
conv = locale.localeconv()
for key in sorted(conv):
    print key, repr(conv[key])
print locale.str(1234567.891), locale.str(0.1), locale.atof('3.25'), locale.atoi('-7')
try:
    locale.atof('abc')
except ValueError, e:
    print 'ValueError', e
try:
    locale.currency(5.5)
except ValueError, e:
    print 'ValueError', e
print locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strxfrm('abc')
