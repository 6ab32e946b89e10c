# Estimate when each session started relative to a fixed report time.
from datetime import datetime, timedelta
REPORT_TIME = datetime(2024, 3, 15, 9, 0, 0)
rows = []
for s in system.perspective.getSessionInfo():
    started = REPORT_TIME - timedelta(milliseconds=s["uptime"])
    lastSeen = REPORT_TIME - timedelta(milliseconds=s["lastComm"])
    rows.append((started, s["username"], lastSeen))
rows.sort()
for started, user, lastSeen in rows:
    print "%-16s %s  last %s" % (user, started.strftime("%Y-%m-%d %H:%M:%S"), lastSeen.strftime("%H:%M:%S.%f")[:-3])
