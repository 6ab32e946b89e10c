import weakref
class Node(object): pass
n = Node()
seen = []
r = weakref.ref(n, lambda ref: seen.append('gone'))
print r() is n, seen, weakref.getweakrefcount(n)
d = {weakref.ref(n): 'node'}
print d[weakref.ref(n)], weakref.ref(n) in d
m = Node()
print weakref.ref(n) == weakref.ref(m), weakref.ref(n) != weakref.ref(m)
