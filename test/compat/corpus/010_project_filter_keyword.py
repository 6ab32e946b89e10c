# Both filters by keyword, then by position.
a = system.perspective.getSessionInfo(usernameFilter="alice")
b = system.perspective.getSessionInfo(projectFilter="QualityDash")
c = system.perspective.getSessionInfo("alice", "QualityDash")
d = system.perspective.getSessionInfo(None, "WarehouseHMI")
e = system.perspective.getSessionInfo(projectFilter="WarehouseHMI", usernameFilter="billy")
for label, result in [("alice", a), ("QualityDash", b), ("alice@QualityDash", c), ("WarehouseHMI", d), ("billy@WarehouseHMI", e)]:
    print "%-20s -> %d: %s" % (label, len(result), [s["id"][:8] for s in result])
