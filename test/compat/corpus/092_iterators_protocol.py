# Iterator protocol with next() and a class iterator.
class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print list(Countdown(4))
it = iter(system.perspective.getSessionInfo("billy"))
print it.next()["sessionScope"], next(it)["sessionScope"], next(it)["sessionScope"], next(it, "done")
keys = iter(system.perspective.getSessionInfo()[0])
print keys.next(), keys.next()
print list(enumerate("abc", 1)), list(zip(*[(1, "a"), (2, "b")]))
print dict(zip(["x", "y"], [1, 2])) == {"x": 1, "y": 2}
