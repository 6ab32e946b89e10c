# datetime and timedelta with fixed dates.
from datetime import datetime, timedelta, date, time
start = datetime(2024, 3, 15, 8, 30, 0)
print start, repr(start)
for s in system.perspective.getSessionInfo(projectFilter="MyProject"):
    began = start - timedelta(milliseconds=s["uptime"])
    print "%-16s since %s" % (s["username"], began)
print start.strftime("%Y-%m-%d %H:%M:%S"), start.strftime("%d/%m/%y %I:%M %p")
print start.strftime("%A %B %j %a %b"), start.isoformat(), start.date(), start.time()
print date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1)
print start.year, start.month, start.day, start.weekday(), start.isoweekday()
print repr(date(2024, 1, 1)), repr(time(12, 5)), time(12, 5, 7)
