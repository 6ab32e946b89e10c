# A broadcast that swallows every error with a bare except: the targets that exist get their message, the bad
# ones are counted.
targets = [(s.id, p) for s in system.perspective.getSessionInfo(projectFilter="QualityDash") for p in s.pageIds]
targets += [("gone-session", "a1"), (targets[0][0], "gone-page")]
ok = failed = 0
for sid, pid in targets:
    try:
        system.perspective.sendMessage("recalc", {"batch": 42}, sessionId=sid, pageId=pid)
        ok += 1
    except:
        failed += 1
print "ok", ok, "failed", failed
