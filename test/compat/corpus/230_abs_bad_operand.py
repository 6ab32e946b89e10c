print abs(-3), abs(-2.5), abs(-2 ** 70), abs(True), abs
for value in ['x', None, [], {}, (1,)]:
    try:
        abs(value)
    except TypeError, e:
        print e
class Vector(object):
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return abs(self.x)
print abs(Vector(-4))
abs('reading')
