import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print 'calling', fn.__name__
        return fn(*args)
    return wrapper

@logged
def countdown(n):
    while n > 0:
        yield n
        n -= 1

print list(countdown(3))
print countdown.__name__
