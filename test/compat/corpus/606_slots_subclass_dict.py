class Base(object):
    __slots__ = ('a',)
class Free(Base):
    pass
f = Free()
f.a = 1
f.extra = 2
print f.a, f.extra, f.__dict__
