# contextlib for the sandbox, written for it from the Python 2.7 documentation: contextmanager, nested, closing.
import sys

__all__ = ['contextmanager', 'nested', 'closing']


class GeneratorContextManager(object):
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return self.gen.next()
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, etype, value, tb):
        if etype is None:
            try:
                self.gen.next()
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = etype()
        try:
            self.gen.throw(etype, value, tb)
        except StopIteration, stopped:
            return stopped is not value
        except BaseException, raised:
            if raised is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    helper.__name__ = func.__name__
    helper.__doc__ = func.__doc__
    return helper


class nested(object):
    def __init__(self, *managers):
        self.managers = managers
        self.entered = []

    def __enter__(self):
        values = []
        for manager in self.managers:
            values.append(manager.__enter__())
            self.entered.append(manager)
        return tuple(values)

    def __exit__(self, etype, value, tb):
        suppressed = False
        while self.entered:
            manager = self.entered.pop()
            if manager.__exit__(etype, value, tb):
                etype, value, tb = None, None, None
                suppressed = True
        return suppressed


class closing(object):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
