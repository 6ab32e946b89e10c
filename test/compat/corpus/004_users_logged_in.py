# List distinct logged-in users, skipping anonymous sessions.
users = []
for session in system.perspective.getSessionInfo():
    name = session["username"]
    if name == "Unauthenticated":
        continue
    if name not in users:
        users.append(name)
users.sort()
print "Logged in users (%d):" % len(users)
for u in users:
    print " -", u
print "repr:", users
