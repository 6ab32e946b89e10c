from contextlib import contextmanager

@contextmanager
def section(label):
    print 'begin', label
    try:
        yield label.upper()
    finally:
        print 'end', label

with section('report') as title:
    print 'title is', title

with section('nested') as outer:
    with section('inner') as inner:
        print outer, inner
