class Point(object):
    __slots__ = ('x', 'y')
p = Point()
p.x = 1
p.y = 2
print p.x, p.y
try:
    p.z = 3
except AttributeError as e:
    print 'AttributeError:', e
print hasattr(p, 'z')
