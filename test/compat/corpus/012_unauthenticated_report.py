# How many anonymous sessions per project, and their addresses.
anon = system.perspective.getSessionInfo("Unauthenticated")
print "Anonymous sessions:", len(anon)
byProject = {}
for s in anon:
    byProject.setdefault(s["project"], []).append(s["clientAddress"])
for project, addrs in sorted(byProject.items()):
    print project, "->", ", ".join(sorted(addrs))
print "Share: %d of %d" % (len(anon), len(system.perspective.getSessionInfo()))
