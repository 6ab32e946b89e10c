# 'authorized' does not exist in Ignition 8.0.
s = system.perspective.getSessionInfo()[0]
print "keys:", len(s.keys())
print "get:", s.get("authorized", "n/a")
print s["authorized"]
