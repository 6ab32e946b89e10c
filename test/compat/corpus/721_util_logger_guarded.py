# Scripts guard expensive messages with is*Enabled
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
log = system.util.getLogger("Guard")
calls = []
def expensive():
    calls.append(1)
    return ", ".join([s.username for s in system.perspective.getSessionInfo()])
if log.isDebugEnabled():
    log.debug(expensive())
if log.isInfoEnabled():
    log.info("users: " + expensive())
sys.stderr = sys.__stderr__
print len(calls)
print buf.getvalue(),
