# operator's division functions as Python 2 has them.
import operator
print operator.div(7, 2), operator.idiv(7, 2), operator.truediv(7, 2), operator.itruediv(7, 2), operator.floordiv(7, 2)
print operator.__div__(7.0, 2), operator.__idiv__(9, 4), operator.__truediv__(1, 4), operator.ifloordiv(-7, 2)
print [n for n in dir(operator) if 'div' in n]
print reduce(operator.truediv, [100, 8, 5]), reduce(operator.div, [100, 8, 5])
class Meter(object):
    def __init__(self, v):
        self.v = v
    def __idiv__(self, other):
        self.v = self.v / other
        return self
m = operator.idiv(Meter(10), 4)
print type(m).__name__, m.v
print map(operator.itemgetter(1), [(1, 'a'), (2, 'b')]), operator.and_(6, 3), operator.__and__(6, 3), operator.not_(0)
