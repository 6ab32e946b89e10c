# order-sensitive
# Printing sets and dict views (order from Java hash codes).
print set(["billy", "alice", "admin"])
print set(s["project"] for s in system.perspective.getSessionInfo())
print set([3, 1, 2, 10])
d = dict((s["username"], s["activePages"]) for s in system.perspective.getSessionInfo(projectFilter="WarehouseHMI"))
print d
for k in d:
    print k, d[k]
