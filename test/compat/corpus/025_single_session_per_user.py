# Enforce one session per user: keep the newest (lowest uptime), close the rest.
byUser = {}
for s in system.perspective.getSessionInfo():
    if s["username"] == "Unauthenticated" or s["sessionScope"] == "designer":
        continue
    byUser.setdefault(s["username"], []).append(s)
for user in sorted(byUser):
    sessions = sorted(byUser[user], key=lambda x: x["uptime"])
    keep = sessions[0]
    for old in sessions[1:]:
        system.perspective.closeSession(message="Logged in elsewhere", sessionId=old["id"])
        print "%s: closed %s, kept %s" % (user, old["id"][:8], keep["id"][:8])
print "sessions left:", len(system.perspective.getSessionInfo())
