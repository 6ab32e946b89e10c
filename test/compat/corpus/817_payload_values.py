# -*- coding: utf-8 -*-
# Payloads carry Python values as JSON: ints, floats, unicode, booleans, None, lists, tuples (as lists), nested dicts.
s = system.perspective.getSessionInfo(u"josé")[0]
payload = {
    "count": 3, "ratio": 0.25, "whole": 2.0, "name": u"josé", "ok": True, "none": None,
    "tags": ["a", "b"], "point": (1, 2), "nested": {"deep": {"list": [1, {"x": u"ü"}]}},
    "big": 12345678901,
}
system.perspective.sendMessage("values", payload, sessionId=s.id, pageId=s.pageIds[0])
system.perspective.sendMessage("empty", {}, sessionId=s.id, pageId=s.pageIds[0])
system.perspective.sendMessage("nothing", None, sessionId=s.id, pageId=s.pageIds[0])
print "sent", len(payload), "keys"
