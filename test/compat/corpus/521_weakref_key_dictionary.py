import weakref
class Page(object):
    def __init__(self, path): self.path = path
p1, p2 = Page('/home'), Page('/alarms')
views = weakref.WeakKeyDictionary()
views[p1] = 3
views[p2] = 5
print len(views), views[p1], p2 in views, Page('/x') in views
print sorted(k.path for k in views.keys()), sorted(views.values())
del views[p1]
print len(views), views.get(p2), views.get(p1, 0)
s = weakref.WeakSet([p1, p2])
print len(s), p1 in s
s.discard(p1)
print len(s), [x.path for x in s]
