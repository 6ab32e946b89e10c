import copy

class Counter(object):
    def __init__(self):
        self.n = 0
    def __copy__(self):
        c = Counter()
        c.n = self.n + 100
        return c
    def __deepcopy__(self, memo):
        c = Counter()
        c.n = -1
        return c

c = Counter()
c.n = 5
print copy.copy(c).n, copy.deepcopy(c).n
shared = [1]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print dup[0] is dup[1], dup[0] is shared
