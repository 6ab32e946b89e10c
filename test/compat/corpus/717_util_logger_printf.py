# The *f variants with the conversions report scripts use
import sys
class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def getvalue(self):
        return u''.join(self.parts)
buf = Capture()
sys.stderr = buf
log = system.util.getLogger("Report")
for s in system.perspective.getSessionInfo()[:4]:
    log.infof("%s on %s: %d pages, %.2f min", s.username, s.project, s.activePages, s.uptime / 60000.0)
log.infof("%s %d %.2f", "x", 7, 2.005)
log.infof("%.2f %.2f %.2f %.0f", 0.125, 1.005, -3.14159, 2.5)
log.warnf("%d%%", 50)
log.errorf("%s", [1, 2])
log.infof("%s and %s", u'caf\xe9', None)
log.infof("no args")
sys.stderr = sys.__stderr__
print buf.getvalue().encode('utf-8'),
