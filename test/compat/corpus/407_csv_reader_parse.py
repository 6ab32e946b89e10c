import csv
import cStringIO

data = 'tag,value,quality\r\nPump1/Speed,1450,"Good"\r\n"Tank, Level",73.5,Bad\r\n"say ""hi""",,Good\r\n\r\n"multi\nline",1,Good\r\n'
r = csv.reader(cStringIO.StringIO(data))
for row in r:
    print r.line_num, row

# a list of lines works too
for row in csv.reader(['a;b; c', '1;2;3'], delimiter=';', skipinitialspace=True):
    print row
for row in csv.reader(['1,"x",2.5,'], quoting=csv.QUOTE_NONNUMERIC):
    print row
for row in csv.reader(['a\\,b,c'], escapechar='\\'):
    print row
for row in csv.reader(['"a"b,c']):
    print row
try:
    list(csv.reader(['"a"b,c'], strict=True))
except csv.Error, e:
    print 'csv.Error:', e
try:
    list(csv.reader(['a,b\rc,d']))
except csv.Error, e:
    print 'csv.Error:', e
print list(csv.reader(['x,y', 'tab\there']))
print list(csv.reader(['x\ty'], dialect='excel-tab'))
print list(csv.reader([]))
try:
    csv.reader(5)
except TypeError, e:
    print 'TypeError:', e
