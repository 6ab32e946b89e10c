from contextlib import contextmanager, closing

class Conn(object):
    def close(self):
        print 'closed'

with closing(Conn()) as c:
    print 'using', type(c).__name__

class ignoring(object):
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, etype, value, tb):
        if etype is not None and issubclass(etype, self.types):
            print 'ignored', etype.__name__
            return True
        return False

with ignoring(KeyError):
    {}['x']
print 'after'

@contextmanager
def opened(label):
    yield [label]

with opened('a') as lst, closing(Conn()):
    print lst
