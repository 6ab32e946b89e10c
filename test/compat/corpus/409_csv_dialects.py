import csv
import sys

class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect('pipes', Pipes)
csv.register_dialect('semi', delimiter=';', lineterminator='\n')
print sorted(csv.list_dialects())
d = csv.get_dialect('semi')
print repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.escapechar
e = csv.get_dialect('excel')
print repr(e.delimiter), repr(e.lineterminator), e.quoting
w = csv.writer(sys.stdout, 'pipes')
w.writerow(['a|b', 'c'])
w = csv.writer(sys.stdout, Pipes)
w.writerow(['d', 'e'])
csv.writer(sys.stdout, 'semi').writerow(['f', 'g;h'])
print list(csv.reader(['1|"2|3"'], 'pipes'))
csv.unregister_dialect('semi')
try:
    csv.get_dialect('semi')
except csv.Error, e:
    print 'csv.Error:', e
try:
    csv.writer(sys.stdout, delimiter='::')
except TypeError, e:
    print 'TypeError:', e
print csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE
print csv.excel.delimiter, repr(csv.excel_tab.delimiter)
print csv.field_size_limit()
