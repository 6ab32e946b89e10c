# The audit script, with a fixed clock: try/except over Python and Java exceptions.
import java.lang
now = system.date.fromMillis(1795989720000)
lines = []
try:
    for s in system.perspective.getSessionInfo():
        started = system.date.addMillis(now, -s.uptime)
        lines.append("%s on %s since %s" % (s.username, s.project, system.date.format(started, "yyyy-MM-dd HH:mm")))
    system.date.parse("not a date")
except (Exception, java.lang.Exception), e:
    lines.append("audit failed: %s" % e)
for line in lines:
    print line
