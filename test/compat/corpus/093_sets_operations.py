# Set operations on users and projects (printed sorted).
ss = system.perspective.getSessionInfo()
mp = set(s["username"] for s in ss if s["project"] == "MyProject")
wh = set(s["username"] for s in ss if s["project"] == "WarehouseHMI")
print sorted(mp), sorted(wh)
print sorted(mp & wh), sorted(mp | wh), sorted(mp - wh), sorted(mp ^ wh)
print len(mp), "billy" in mp, mp.issubset(mp | wh), (mp | wh).issuperset(wh)
fs = frozenset(["a"])
print sorted(fs | set(["b"])), type(fs | set(["b"])).__name__
s = set([1])
s.add(2); s.discard(9); s.update([3, 4]); s.remove(1)
print sorted(s), len(s), s.isdisjoint(set([7]))
print repr(set([5])), repr(set()), repr(frozenset([5]))
