import weakref
class Session(object):
    def __init__(self, sid): self.sid = sid
cache = weakref.WeakValueDictionary()
s1, s2 = Session('a1'), Session('b2')
cache['a1'] = s1
cache['b2'] = s2
print len(cache), cache['a1'].sid, 'b2' in cache, cache.get('zz', 'missing')
print sorted(k for k in cache.keys()), sorted(v.sid for v in cache.values())
del cache['a1']
print len(cache), cache.keys()
print cache.pop('b2').sid, len(cache)
