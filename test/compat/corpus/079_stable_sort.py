# sort is stable: sort by secondary key first, then primary.
ss = system.perspective.getSessionInfo()
ss.sort(key=lambda s: s["username"])
ss.sort(key=lambda s: s["project"])
for s in ss:
    print s["project"], s["username"], s["id"][:4]
ss.sort(key=lambda s: s["activePages"], reverse=True)
print [(s["activePages"], s["id"][:4]) for s in ss]
