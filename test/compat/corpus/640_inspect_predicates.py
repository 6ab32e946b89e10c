# Sorting out what a report helper was handed, with inspect's predicates
import inspect

def total(rows, key='count'):
    return sum(r[key] for r in rows)

def sessions():
    yield 'a'

class Report(object):
    def render(self, rows):
        return len(rows)

class LegacyReport:
    pass

report = Report()
for label, obj in [('total', total), ('len', len), ('render', report.render), ('Report', Report),
                   ('LegacyReport', LegacyReport), ('inspect', inspect), ('sessions', sessions),
                   ('sessions()', sessions()), ('lambda', lambda x: x), ('42', 42), ('[].append', [].append)]:
    print '%-12s func=%-5s class=%-5s method=%-5s module=%-5s builtin=%-5s routine=%-5s gen=%-5s genfunc=%s' % (
        label, inspect.isfunction(obj), inspect.isclass(obj), inspect.ismethod(obj), inspect.ismodule(obj),
        inspect.isbuiltin(obj), inspect.isroutine(obj), inspect.isgenerator(obj),
        inspect.isgeneratorfunction(obj))
print inspect.isdatadescriptor(property(lambda self: 1)), inspect.ismethoddescriptor(str.upper)
print inspect.isroutine(str.upper), inspect.isclass(report)
