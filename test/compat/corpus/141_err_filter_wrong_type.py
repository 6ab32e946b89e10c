# Non-string filters are rejected.
for bad in [5, 5L, 1.5, True, ["billy"], {"u": 1}]:
    try:
        system.perspective.getSessionInfo(bad)
    except TypeError, e:
        print "TypeError:", e
try:
    system.perspective.getSessionInfo(None, 42)
except TypeError, e:
    print "TypeError:", e
system.perspective.getSessionInfo(projectFilter=3)
