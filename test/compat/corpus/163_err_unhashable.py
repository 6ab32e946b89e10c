# Unhashable types as dict keys / set members.
s = system.perspective.getSessionInfo()[0]
try:
    {s["pageIds"]: 1}
except TypeError, e:
    print "TypeError:", e
try:
    set([[1]])
except TypeError, e:
    print "TypeError:", e
seen = {}
seen[tuple(s["pageIds"])] = s["username"]
print seen.values()
seen[s["pageIds"]] = "x"
