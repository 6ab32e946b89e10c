# Built-in exception types belong to Python 2's exceptions module: their repr, type(e) and __module__.
print ValueError, repr(KeyError), ValueError.__module__
try:
    {}['x']
except KeyError, e:
    print type(e), e.__class__, type(e).__name__, e.__class__.__module__
class MyErr(Exception): pass
print MyErr, MyErr.__module__, Exception, StandardError, type(StopIteration())
import exceptions
print exceptions.ValueError is ValueError, BaseException
