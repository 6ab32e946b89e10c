class Base(object):
    __slots__ = ('a',)
class More(Base):
    __slots__ = ('b',)
m = More()
m.a = 1
m.b = 2
print m.a, m.b
try:
    m.c = 3
except AttributeError as e:
    print 'AttributeError:', e
print hasattr(m, '__dict__')
