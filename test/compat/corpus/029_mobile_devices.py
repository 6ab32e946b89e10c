# Mobile app sessions and the OS they report.
import re
for s in system.perspective.getSessionInfo():
    if s["sessionScope"] not in ("ios", "android"):
        continue
    ua = s["userAgent"]
    m = re.search(r"(iPhone OS|CPU OS|Android) ([\d_\.]+)", ua)
    version = m.group(2).replace("_", ".") if m else "?"
    print "%-8s %-15s %-12s %s" % (s["sessionScope"], s["username"], m.group(1) if m else "?", version)
