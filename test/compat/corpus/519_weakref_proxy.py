import weakref
class Counter(object):
    def __init__(self): self.count = 0
    def bump(self): self.count += 1; return self.count
c = Counter()
p = weakref.proxy(c)
p.bump(); p.bump()
print c.count, p.count
p.count = 10
print c.count, isinstance(p, weakref.ProxyTypes)
f = weakref.proxy(len)
print f([1, 2, 3]), type(f) is weakref.CallableProxyType
