# Dict and set comprehensions (2.7) and dict helpers.
ss = system.perspective.getSessionInfo()
pages = {s["id"][:8]: s["activePages"] for s in ss}
print len(pages), pages["2e1c98a8"], sorted(pages.items())[:3]
scopes = {s["sessionScope"] for s in ss}
print sorted(scopes)
inverted = {}
for k, v in sorted(pages.items()):
    inverted.setdefault(v, []).append(k)
for k in sorted(inverted):
    print k, inverted[k]
d = {"a": 1}
d.update(b=2)
print sorted(d.items()), d.copy() == d, len(d), sorted(d.viewkeys())
