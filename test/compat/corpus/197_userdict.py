from UserDict import UserDict, DictMixin

class Settings(UserDict):
    def __setitem__(self, key, value):
        UserDict.__setitem__(self, key.lower(), value)

s = Settings()
s['Host'] = 'gw1'
s['PORT'] = 8088
print sorted(s.keys()), s['host'], len(s), 'port' in s
print s.get('missing', 'dflt')

class Registry(DictMixin):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def keys(self):
        return sorted(self._d.keys())

r = Registry()
r['b'] = 2
r['a'] = 1
print r.items(), r.get('c', 0), r.has_key('a'), r.pop('a'), r.keys()
