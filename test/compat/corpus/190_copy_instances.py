import copy

class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.history = []

p = Point(1, 2)
p.history.append('created')
q = copy.copy(p)
r = copy.deepcopy(p)
p.history.append('moved')
print q.x, q.y, q.history
print r.x, r.y, r.history
print q is p, type(r).__name__
