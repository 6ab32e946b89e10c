# formatargspec with its own formatting hooks
import inspect

print inspect.formatargspec(['a', 'b', 'c'], None, None, (1, 'x'))
print inspect.formatargspec([], 'args', 'kw')
print inspect.formatargspec(['self'], None, 'extra', None)
print inspect.formatargspec(['a', 'b'], 'rest', None, (None,), formatvalue=lambda v: ' = %s' % (v,))
print inspect.formatargspec(['a', 'b'], 'rest', 'kw', (2,), formatarg=str.upper,
                            formatvarargs=lambda n: '<' + n + '>', formatvarkw=lambda n: '{' + n + '}')
def sig(fn):
    args, varargs, keywords, defaults = inspect.getargspec(fn)
    return fn.__name__ + inspect.formatargspec(args, varargs, keywords, defaults)
def notify(user, message, level='info', retries=3, *targets):
    pass
print sig(notify)
print sig(sig)
