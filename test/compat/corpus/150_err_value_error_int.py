# int() of a non-numeric session value.
for s in system.perspective.getSessionInfo("billy"):
    print s["clientAddress"], int(s["clientAddress"].split(".")[-1])
print int(system.perspective.getSessionInfo("billy")[0]["id"])
