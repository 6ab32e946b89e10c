import csv
import sys
from StringIO import StringIO

# Export the session list as CSV, the way a report script hands it to a download.
sessions = system.perspective.getSessionInfo()
out = StringIO()
w = csv.writer(out)
w.writerow(['id', 'user', 'project', 'uptime_min', 'pages', 'address'])
for s in sorted(sessions, key=lambda s: s['id']):
    w.writerow([s['id'], s['username'], s['project'], s['uptime'] / 60000.0, s['activePages'], s['clientAddress']])
text = out.getvalue()
print repr(text[:160])
print text.count('\r\n'), len(text)

# quoting of awkward values
w2 = csv.writer(sys.stdout, lineterminator='\n')
w2.writerow(['plain', 'with,comma', 'with "quote"', 'two\nlines', '', None, 3, 2.5, 10L, True])
w2.writerow([''])
w2.writerow([])
w2.writerows([['a', 1], ['b', 2]])
w3 = csv.writer(sys.stdout, quoting=csv.QUOTE_ALL, lineterminator='\n')
w3.writerow(['x', 1, None])
w4 = csv.writer(sys.stdout, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
w4.writerow(['x', 1, 1.5, None])
w5 = csv.writer(sys.stdout, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
w5.writerow(['a,b', 'c"d'])
try:
    csv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error, e:
    print 'csv.Error:', e
w6 = csv.writer(sys.stdout, delimiter=';', quotechar="'", lineterminator='|\n')
w6.writerow(["it's", 'a;b', 'ok'])
