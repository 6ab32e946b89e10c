# A bad conversion in a *f call is a Java exception, not a Python one
import java.lang
import sys
from StringIO import StringIO
buf = StringIO()
sys.stderr = buf
log = system.util.getLogger("Bad")
try:
    log.infof("%d", "x")
    print 'no error'
except Exception, e:
    print 'caught as Python Exception'
except java.lang.Exception, e:
    print 'caught as java.lang.Exception'
    print e
try:
    log.warnf("%.2f", 3)
except java.lang.IllegalArgumentException, e:
    print 'IllegalArgumentException:', e.getMessage()
try:
    log.infof("%s %s", "one")
except java.lang.Exception, e:
    print 'missing:', e.getMessage()
sys.stderr = sys.__stderr__
print repr(buf.getvalue())
