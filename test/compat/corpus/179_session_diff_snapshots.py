# Compare two snapshots of the session list before and after closing sessions.
before = dict((s["id"], s) for s in system.perspective.getSessionInfo())
for s in system.perspective.getSessionInfo(projectFilter="WarehouseHMI"):
    if s["sessionScope"] != "designer":
        system.perspective.closeSession("Maintenance window", s["id"])
after = dict((s["id"], s) for s in system.perspective.getSessionInfo())
gone = sorted(set(before) - set(after))
print "closed %d session(s):" % len(gone)
for sid in gone:
    print "  %s %-15s %s" % (sid[:8], before[sid]["username"], before[sid]["project"])
print "still open on WarehouseHMI:", [s["username"] for s in system.perspective.getSessionInfo(projectFilter="WarehouseHMI")]
print "total: %d -> %d" % (len(before), len(after))
