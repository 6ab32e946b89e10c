# A report loop with a missing colon after the if test
sessions = system.perspective.getSessionInfo()
for s in sessions:
    if s["userName"] == "admin"
        print s["id"]
