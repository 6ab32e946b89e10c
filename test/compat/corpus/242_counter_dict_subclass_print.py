# Printing Counter, defaultdict and dict subclasses.
from collections import Counter, defaultdict
c = Counter('abracadabra')
print c
print repr(c), c.most_common(2), c['z']
class Registry(dict):
    pass
r = Registry(tag=1)
print r, repr(r), str(r), type(r).__name__
class Loud(dict):
    def __repr__(self):
        return 'Loud(%d keys)' % len(self)
print Loud(a=1), [Loud()], {'k': Loud(b=2)}
d = defaultdict(int)
d['x'] += 2
print d, dict(d)
print Counter({'red': 4, 'blue': 2}) + Counter({'red': 1})
