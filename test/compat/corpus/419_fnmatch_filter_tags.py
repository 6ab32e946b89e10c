import fnmatch

tags = ['Line1/Motor/Speed', 'Line1/Motor/Temp', 'Line2/Motor/Speed', 'Line2/Pump/Flow', 'line3/motor/speed', 'Line10/Pump/Flow']
for pattern in ['Line1/*', '*/Motor/*', 'Line?/*/Speed', 'Line[12]/*', 'Line[!1]/*', '*Speed', '*/[MP]*/*', 'line*']:
    print '%-14s %s' % (pattern, fnmatch.filter(tags, pattern))
print fnmatch.fnmatch('report.csv', '*.csv'), fnmatch.fnmatch('Report.CSV', '*.csv'), fnmatch.fnmatchcase('a.txt', '*.TXT')
print fnmatch.fnmatch('a[b', 'a[b'), fnmatch.fnmatch('x]', '[]]*'), fnmatch.fnmatch('!', '[!]!]'), fnmatch.fnmatch('ab', '[!a]b')
for pattern in ['*.txt', 'a?[!b-d]x[]', '[a', 'r[^x]', 'a.b(c)', '[]x]', 'a\\b']:
    print repr(pattern), repr(fnmatch.translate(pattern))
