# timedelta formatting of uptime and lastComm.
from datetime import timedelta
for s in system.perspective.getSessionInfo():
    up = timedelta(milliseconds=s["uptime"])
    print "%-16s %-22s %s" % (s["username"], up, timedelta(milliseconds=s["lastComm"]))
d = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print d, repr(d), d.days, d.seconds, d.microseconds, d.total_seconds()
print timedelta(seconds=-1), timedelta(hours=36), timedelta(0), -timedelta(days=1, seconds=1)
print timedelta(minutes=90) / 2, timedelta(hours=1) * 3, timedelta(days=1) > timedelta(hours=23)
