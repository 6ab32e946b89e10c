# order-sensitive
from java.util import HashMap
m = HashMap()
m.put("billy", 3)
m.put("alice", 1)
print m.put("billy", 4), m.put("carol", 2)
print m.get("billy"), m.get("nobody"), m.size(), len(m)
print m.containsKey("alice"), m.containsValue(2), m.containsKey("x")
print m.getOrDefault("x", 0)
for k in sorted(m.keySet()):
    print k, m.get(k)
print sorted(m.values())
print m.remove("alice"), m.size()
print m.isEmpty(), "carol" in m
for e in sorted(m.entrySet(), key=lambda e: e.getKey()):
    print e.getKey(), "=", e.getValue()
n = HashMap()
n.put("k", "v")
print n, repr(n.get("k"))
m.clear()
print m, m.isEmpty()
