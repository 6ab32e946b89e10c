# Describing the parameters of gateway helper functions
import inspect

def close_sessions(project, reason='idle', *sessions, **options):
    pass

def page_count(rows, per_page=25, orphan_ok=True):
    return len(rows) // per_page

def rows_for(project):
    yield project

class Formatter(object):
    def cell(self, value, width=10, align='<'):
        return value

for fn in (close_sessions, page_count, rows_for, Formatter().cell, lambda: None, lambda *a: a):
    spec = inspect.getargspec(fn)
    print spec
    print '  args=%r varargs=%r keywords=%r defaults=%r' % (spec.args, spec.varargs, spec.keywords, spec.defaults)
    print '  ' + inspect.formatargspec(*spec)
spec = inspect.getargspec(page_count)
print spec[0], spec[3], len(spec), type(spec).__name__, inspect.ArgSpec._fields
try:
    inspect.getargspec(len)
except TypeError, e:
    print 'TypeError:', e
try:
    inspect.getargspec(Formatter)
except TypeError, e:
    print 'TypeError:', e
