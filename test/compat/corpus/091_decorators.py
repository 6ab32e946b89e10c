# Decorators for logging and caching.
calls = []
def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper
def memo(fn):
    cache = {}
    def wrapper(key):
        if key not in cache:
            cache[key] = fn(key)
        return cache[key]
    return wrapper
@logged
def count_for(user):
    return len(system.perspective.getSessionInfo(user))
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
for u in ["billy", "alice", "nobody"]:
    print u, count_for(u)
print calls, count_for.__name__
print fib(80), type(fib(80)).__name__
