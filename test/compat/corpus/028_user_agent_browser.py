# Guess the browser family from the userAgent string.
def browser(ua):
    if "Ignition Designer" in ua:
        return "Designer"
    if "Edg/" in ua:
        return "Edge"
    if "Firefox/" in ua:
        return "Firefox"
    if "Chrome/" in ua:
        return "Chrome"
    if "Safari/" in ua:
        return "Safari"
    return "Other"

tally = {}
for s in system.perspective.getSessionInfo():
    b = browser(s["userAgent"])
    tally[b] = tally.get(b, 0) + 1
    print "%-16s %s" % (s["username"], b)
print
for name, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
    print name, n
