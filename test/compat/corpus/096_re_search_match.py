# re.match / re.search on user agents.
import re
for s in system.perspective.getSessionInfo():
    ua = s["userAgent"]
    m = re.search(r"Chrome/(\d+)\.", ua)
    d = re.match(r"Ignition Designer ([\d.]+)", ua)
    if d:
        print "%-15s designer %s" % (s["username"], d.group(1))
    elif m:
        print "%-15s chrome major %s (%s)" % (s["username"], m.group(1), type(m.group(1)).__name__)
    else:
        print "%-15s other" % s["username"]
print re.match("a", "ba"), re.search("a", "ba").start(), re.match("b", "ba").span()
