# A cold run as real scripts start: the Java exception classes and a few library modules, then one call.
from java.lang import Exception
import datetime, re, json
sessions = system.perspective.getSessionInfo("billy")
print "%d sessions, %s" % (len(sessions), datetime.date(2024, 1, 2).isoformat())
