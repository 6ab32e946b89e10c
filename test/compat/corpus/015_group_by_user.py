# Group session ids under each user.
groups = {}
for s in system.perspective.getSessionInfo():
    if not groups.has_key(s["username"]):
        groups[s["username"]] = []
    groups[s["username"]].append(s["id"])
for user in sorted(groups):
    ids = groups[user]
    print "%s (%d)" % (user, len(ids))
    for i in ids:
        print "    " + i
