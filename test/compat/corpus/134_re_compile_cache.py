# Precompiled patterns reused across sessions; match objects.
import re
pages = re.compile(r"^[0-9a-f]{8}$")
bad = []
total = 0
for s in system.perspective.getSessionInfo():
    for p in s["pageIds"]:
        total += 1
        if not pages.match(p):
            bad.append(p)
print total, bad
m = pages.match("c0ffee01")
print m.group(), m.start(), m.end(), m.string, m.re.pattern
print pages.search("xx c0ffee01") is None, re.search(r"[0-9a-f]{8}", "xx c0ffee01").group()
print repr(re.sub(r"[aeiou]", "", u"perspective"))
