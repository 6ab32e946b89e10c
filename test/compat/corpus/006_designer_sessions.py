# Find Designer sessions (they show up in the list too).
designers = [s for s in system.perspective.getSessionInfo() if s["sessionScope"] == "designer"]
print "Designers open:", len(designers)
for d in designers:
    print "  %s is editing %s from %s" % (d["username"], d["project"], d["clientAddress"])
others = [s for s in system.perspective.getSessionInfo() if s.get("sessionScope") != "designer"]
print "Runtime sessions:", len(others)
