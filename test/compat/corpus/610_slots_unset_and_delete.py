class Pair(object):
    __slots__ = ('left', 'right')
p = Pair()
p.left = 1
try:
    print p.right
except AttributeError as e:
    print 'AttributeError:', e
del p.left
print hasattr(p, 'left')
p.left = 5
print p.left
