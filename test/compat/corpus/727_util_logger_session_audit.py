# The audit script, with the log captured: infof with dates, error in the handler
import java.lang
import sys
class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
buf = Capture()
sys.stderr = buf
logger = system.util.getLogger("SessionAudit")
now = system.date.fromMillis(1700000000000)
try:
    for s in system.perspective.getSessionInfo()[:5]:
        started = system.date.addMillis(now, -s.uptime)
        logger.infof("%s on %s since %s", s.username, s.project, system.date.format(started, "yyyy-MM-dd HH:mm"))
    logger.infof("%d sessions", "all")
except (Exception, java.lang.Exception), e:
    logger.error("audit failed: %s" % e)
sys.stderr = sys.__stderr__
print u''.join(buf.parts).encode('utf-8'),
