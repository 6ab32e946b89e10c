# -*- coding: utf-8 -*-
# Convert to real dicts for further processing.
s = system.perspective.getSessionInfo("josé".decode("utf-8"))[0]
d = dict(s)
print type(d).__name__, len(d)
print sorted(d.keys())
print d["username"] == s["username"]
d2 = dict(s.items())
print d2 == d
print sorted(k for k in d if k.endswith("Sent"))
print isinstance(s, dict), isinstance(d, dict)
