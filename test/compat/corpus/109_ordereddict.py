# collections.OrderedDict keeps insertion order (repr too).
from collections import OrderedDict
od = OrderedDict()
for s in system.perspective.getSessionInfo():
    od.setdefault(s["username"], 0)
    od[s["username"]] += 1
print od.keys()
print repr(od)
print repr(OrderedDict([("b", 1), ("a", 2)]))
print repr(OrderedDict())
od2 = OrderedDict(sorted(od.items(), key=lambda kv: -kv[1]))
print od2.items()[:3]
k, v = od.popitem()
print k, v, od.popitem(last=False)
print od == OrderedDict(od.items()), dict(od) == dict(od.items())
