import weakref
class Alarm(object):
    def __init__(self, name): self.name = name
    def __repr__(self): return 'Alarm(%r)' % self.name
class Registry(object):
    def __init__(self): self._refs = []
    def add(self, obj): self._refs.append(weakref.ref(obj))
    def live(self): return [r() for r in self._refs if r() is not None]
reg = Registry()
a, b = Alarm('hi'), Alarm('lo')
reg.add(a); reg.add(b); reg.add(a)
print reg.live(), weakref.getweakrefcount(a), weakref.getweakrefcount(b)
print weakref.ref(a) is weakref.ref(a), weakref.ref(5)() == 5
