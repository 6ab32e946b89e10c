# from __future__ import division changes /.
from __future__ import division
print 7 / 2, -7 / 2, 8 / 2
print 7 // 2, type(8 / 2).__name__
up = system.perspective.getSessionInfo("admin")[0]["uptime"]
print up / 1000 / 60
print round(up / 60000, 2)
