# Break sessions down by scope with percentages.
sessions = system.perspective.getSessionInfo()
total = len(sessions)
for scope in ["designer", "browser", "ios", "android"]:
    n = len([s for s in sessions if s["sessionScope"] == scope])
    pct = 100.0 * n / total
    print "%-9s %2d  %5.1f%%  %s" % (scope, n, pct, "#" * n)
print "integer pct of browser:", 100 * len([s for s in sessions if s["sessionScope"] == "browser"]) / total
