import csv
from StringIO import StringIO

text = 'name,area,setpoint\nPump1,north,1450\nPump2,south\nFan1,east,60,extra1,extra2\n\nValve3,west,12\n'
rdr = csv.DictReader(StringIO(text), restval='n/a', restkey='more')
print rdr.fieldnames
for row in rdr:
    print rdr.line_num, [(k, row[k]) for k in sorted(row)]

rdr2 = csv.DictReader(StringIO('1,2\n3,4\n'), fieldnames=['a', 'b'])
print [sorted(r.items()) for r in rdr2]

out = StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'user', 'pages'], lineterminator='\n')
w.writeheader()
for s in sorted(system.perspective.getSessionInfo(), key=lambda s: s['id'])[:4]:
    w.writerow({'id': s['id'][:8], 'user': s['username'].encode('utf-8'), 'pages': s['activePages']})
w.writerow({'id': 'partial'})
w.writerows([{'id': 'r1', 'pages': 0}, {'user': 'u2'}])
print out.getvalue()
try:
    w.writerow({'user': u'jos\xe9'})
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError'
try:
    w.writerow({'id': 'x', 'bogus': 1})
except ValueError, e:
    print 'ValueError:', e
w2 = csv.DictWriter(out, ['a'], extrasaction='ignore')
w2.writerow({'a': 1, 'b': 2})
print repr(out.getvalue()[-6:])
try:
    csv.DictWriter(out, ['a'], extrasaction='skip')
except ValueError, e:
    print 'ValueError:', e
