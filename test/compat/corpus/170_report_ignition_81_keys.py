# A script written defensively for both 8.0 and 8.1 key sets.
for s in system.perspective.getSessionInfo(projectFilter="MyProject"):
    authorized = s.get("authorized")
    if authorized is None:
        state = "unknown (8.0)"
    elif authorized:
        state = "authorized"
    else:
        state = "NOT authorized"
    print "%-16s %s" % (s["username"], state)
print "has authorized key:", "authorized" in system.perspective.getSessionInfo()[0]
print "key count:", len(system.perspective.getSessionInfo()[0])
