# A trailing comma on the last print: the newline still appears at exit.
for i in range(5):
    print i,
print
for s in system.perspective.getSessionInfo("billy"):
    print s["sessionScope"],
