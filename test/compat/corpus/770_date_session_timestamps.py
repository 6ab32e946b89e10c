# Session start times from uptime, as report scripts compute them with system.date.
now = system.date.fromMillis(1795989720000)
for s in sorted(system.perspective.getSessionInfo(), key=lambda s: -s.uptime)[:6]:
    started = system.date.addMillis(now, -s.uptime)
    print "%-12s %s  %4d min  %d h" % (s.username, system.date.format(started, "yyyy-MM-dd HH:mm"),
                                      system.date.minutesBetween(started, now), system.date.hoursBetween(started, now))
print system.date.format(now)
print system.date.toMillis(now), system.date.toMillis(system.date.midnight(now))
