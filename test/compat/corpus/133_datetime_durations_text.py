# Human-readable durations.
def human(ms):
    s = ms // 1000
    d, s = divmod(s, 86400)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    parts = []
    if d: parts.append("%dd" % d)
    if h: parts.append("%dh" % h)
    if m: parts.append("%dm" % m)
    if s or not parts: parts.append("%ds" % s)
    return " ".join(parts)
for s in system.perspective.getSessionInfo():
    print "%-16s %s" % (s["username"], human(s["uptime"]))
print human(0), human(999), human(86400000 * 3 + 1000)
