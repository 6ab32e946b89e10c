# A session id that is not (or no longer) on the gateway fails as the gateway fails, naming the id.
for sid in ["no-such-session", "2e1c98a8-182e-43ce-84e8-a71d441c2cce"]:
    try:
        system.perspective.sendMessage("ping", {}, sessionId=sid, pageId="a1f3c9e2")
        print sid, "ok"
    except ValueError, e:
        print "ValueError:", e
try:
    system.perspective.navigate("/home", sessionId="", pageId="a1f3c9e2")
except ValueError, e:
    print "ValueError:", e
