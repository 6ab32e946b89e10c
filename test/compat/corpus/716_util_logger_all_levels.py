# Every level, default threshold (info): trace and debug are dropped
import sys
from StringIO import StringIO
buf = StringIO()
sys.stderr = buf
log = system.util.getLogger("Levels")
for m in ['trace', 'debug', 'info', 'warn', 'error']:
    getattr(log, m)("%s message" % m)
    getattr(log, m + 'f')("%s formatted %d", m, 1)
sys.stderr = sys.__stderr__
print buf.getvalue(),
print log.isTraceEnabled(), log.isDebugEnabled(), log.isInfoEnabled(), log.isWarnEnabled(), log.isErrorEnabled()
