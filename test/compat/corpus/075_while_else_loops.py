# for/else, while/else, break, continue.
sessions = system.perspective.getSessionInfo()
for s in sessions:
    if s["username"] == "admin":
        print "admin found at", s["clientAddress"]
        break
else:
    print "no admin"
for s in sessions:
    if s["username"] == "ghost":
        break
else:
    print "no ghost"
i = 0
while i < len(sessions):
    if sessions[i]["activePages"] == 0:
        i += 1
        continue
    if sessions[i]["activePages"] > 3:
        print "many pages at", i
        break
    i += 1
else:
    print "loop ended"
n = 3
while n:
    n -= 1
else:
    print "while else", n
