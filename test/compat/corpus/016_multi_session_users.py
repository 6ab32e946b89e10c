# Users logged in more than once (automation candidates for forced logout).
seen = {}
for s in system.perspective.getSessionInfo():
    user = s["username"]
    if user == "Unauthenticated":
        continue
    seen[user] = seen.get(user, 0) + 1
dupes = [(u, n) for u, n in seen.items() if n > 1]
dupes.sort()
if dupes:
    for u, n in dupes:
        print "WARNING: %s has %d concurrent sessions" % (u, n)
else:
    print "no duplicates"
print "checked %d users" % len(seen)
