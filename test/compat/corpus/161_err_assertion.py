# assert statements in a self-check script.
ss = system.perspective.getSessionInfo()
assert len(ss) == 12, "expected 12 sessions"
print "12 sessions ok"
assert all(s["activePages"] == len(s["pageIds"]) for s in ss)
print "page counts ok"
try:
    assert False, "caught message"
except AssertionError, e:
    print "AssertionError:", e
assert len(system.perspective.getSessionInfo("billy")) == 2, "billy should have 2 sessions, has %d" % len(system.perspective.getSessionInfo("billy"))
