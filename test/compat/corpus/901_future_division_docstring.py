"""Uptime report in hours: true division from __future__, after the module docstring."""
from __future__ import division
from __future__ import (absolute_import,
                        with_statement)

sessions = system.perspective.getSessionInfo("billy")
total = sum(s["uptime"] for s in sessions)
print "sessions:", len(sessions)
print "average uptime (h): %.3f" % (total / len(sessions) / 3600000)
print 1 / 2, 7 / 2, -7 / 2, 7 // 2, 7.0 // 2
print 2 ** 40 / 2 ** 41, True / 4
x = 3
x /= 2
print x
note = "from __future__ import division"
print note
