# Look up one session by id with a dict index.
index = dict([(s["id"], s) for s in system.perspective.getSessionInfo()])
wanted = ["2e1c98a8-182e-43ce-84e8-a71d441c2cce", "no-such-id", "a1e47082-c395-44f6-8718-293a4b5c6d7e"]
for sid in wanted:
    s = index.get(sid)
    if s is None:
        print sid, "-> not found"
    else:
        print sid, "->", s["username"], s["project"]
print len(index), "sessions indexed"
