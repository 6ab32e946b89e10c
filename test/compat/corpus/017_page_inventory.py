# Flatten every pageId across sessions.
allPages = []
for s in system.perspective.getSessionInfo():
    for p in s["pageIds"]:
        allPages.append((p, s["username"]))
print "open pages:", len(allPages)
for page, user in sorted(allPages):
    print page, user
print "activePages sum:", sum([s["activePages"] for s in system.perspective.getSessionInfo()])
