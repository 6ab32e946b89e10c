# The manual's six levels: fatal sits above error
import sys
class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
buf = Capture()
sys.stderr = buf
log = system.util.getLogger("Severe")
log.fatal("cannot continue")
log.fatalf("%d sessions lost", 3)
log.error("just an error")
sys.stderr = sys.__stderr__
print u''.join(buf.parts),
print log.isFatalEnabled(), log.isErrorEnabled()
