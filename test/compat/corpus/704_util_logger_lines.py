import sys
from StringIO import StringIO
captured = StringIO()
real = sys.stderr
sys.stderr = captured
logger = system.util.getLogger("SessionAudit")
logger.info("starting")
logger.debug("hidden at info")
logger.trace("hidden too")
logger.warn("careful")
logger.error("failed")
logger.infof("%s has %d sessions", "billy", 3)
logger.warnf("%5d|%-5s|%.2f", 42, "ab", 3.14159)
logger.debugf("%s", "hidden")
sys.stderr = real
print captured.getvalue(),
print logger.getName()
print logger.isTraceEnabled(), logger.isDebugEnabled(), logger.isInfoEnabled()
