# A shift report: which sessions started in which shift, how long ago.
now = system.date.fromMillis(1795989720000)
shifts = [("night", 0, 8), ("day", 8, 16), ("evening", 16, 24)]
counts = {}
for s in system.perspective.getSessionInfo():
    started = system.date.addMillis(now, -s.uptime)
    hour = system.date.getHour24(started)
    for name, start, end in shifts:
        if start <= hour < end:
            counts[name] = counts.get(name, 0) + 1
    days = system.date.daysBetween(started, now)
    if days >= 1:
        print "%s has been connected %d day(s), since %s" % (s.username, days, system.date.format(started, "MMM d"))
for name, _, _ in shifts:
    print name, counts.get(name, 0)
