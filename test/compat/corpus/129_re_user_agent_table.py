# Build a table of OS from user agents.
import re
OS_PATTERNS = [
    ("Windows", r"Windows NT ([\d.]+)"),
    ("macOS", r"Mac OS X ([\d_]+)"),
    ("iOS", r"(?:iPhone OS|CPU OS) ([\d_]+)"),
    ("Android", r"Android ([\d.]+)"),
    ("Linux", r"Linux x86_64"),
]
def os_of(ua):
    for name, pat in OS_PATTERNS:
        m = re.search(pat, ua)
        if m:
            v = m.group(1).replace("_", ".") if m.groups() else ""
            if name == "macOS" and "iPhone" in ua or name == "macOS" and "iPad" in ua:
                continue
            return name, v
    return "Unknown", ""
for s in system.perspective.getSessionInfo():
    name, v = os_of(s["userAgent"])
    print "%-15s %-8s %s" % (s["username"], name, v)
