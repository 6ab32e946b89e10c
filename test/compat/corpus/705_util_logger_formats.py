import sys
from StringIO import StringIO
out = StringIO()
sys.stderr = out
log = system.util.getLogger("Fmt")
log.infof("%s|%s|%s|%s", None, True, 1.5, 1e20)
log.infof("%,d %x %X %o %b", 1234567, 255, 255, 8, 0)
log.infof("%08.3f %+d %10.3s| %S", 3.14159, 5, "abcdef", u"abc")
log.infof("%2$s %1$s%n%s%%", "a", "b")
log.infof("%.1f %.1f %e", 2.25, 0.125, 12345.678)
log.info(42)
log.info(None)
sys.stderr = sys.__stderr__
print out.getvalue(),
