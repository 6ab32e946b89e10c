# Named groups and groupdict.
import re
pat = re.compile(r"(?P<family>Chrome|Firefox|Version)/(?P<major>\d+)(?:\.(?P<minor>\d+))?")
for s in system.perspective.getSessionInfo(projectFilter="MyProject"):
    m = pat.search(s["userAgent"])
    if m:
        gd = m.groupdict()
        print s["username"], m.group("family"), m.group("major"), m.group("minor"), sorted(gd.items())
        print "  groups:", m.groups(), m.group(0), m.group(1, 2)
m = re.match(r"(\d+)-(\d+)?", "12-")
print m.groups(), m.groups("x"), m.lastindex, m.group(2)
