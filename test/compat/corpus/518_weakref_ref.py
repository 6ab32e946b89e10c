import weakref
class Tag(object):
    def __init__(self, path): self.path = path
t = Tag('[default]Line1/Speed')
r = weakref.ref(t)
print r() is t, r().path, weakref.getweakrefcount(t)
r2 = weakref.ref(t)
print weakref.getweakrefcount(t), len(weakref.getweakrefs(t)), r == r2, isinstance(r, weakref.ReferenceType)
for value in (1, 'text', [1], {}):
    try:
        weakref.ref(value)
    except TypeError, e:
        print e
