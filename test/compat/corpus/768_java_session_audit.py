# A session audit as gateway scripts write it: Java dates, formats and exceptions.
import java.lang
from java.util import Date, Calendar
from java.text import SimpleDateFormat
now = Date(1795989720000)
fmt = SimpleDateFormat("yyyy-MM-dd HH:mm")
rows = []
for s in system.perspective.getSessionInfo():
    try:
        if s.uptime < 0:
            raise java.lang.IllegalArgumentException("negative uptime for %s" % s.id)
        started = Date(now.getTime() - s.uptime)
        rows.append((s.username, fmt.format(started)))
    except (Exception, java.lang.Exception), e:
        print "skipped:", e
for user, when in sorted(rows):
    print "%-16s %s" % (user, when)
cal = Calendar.getInstance()
cal.setTime(now)
cal.add(Calendar.HOUR_OF_DAY, -24)
print "since", fmt.format(cal.getTime())
