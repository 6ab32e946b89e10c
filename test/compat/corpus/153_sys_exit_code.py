# sys.exit with a code: output so far, then exit status 3.
import sys
anon = system.perspective.getSessionInfo("Unauthenticated")
print "anonymous:", len(anon)
if len(anon) > 0:
    print "failing check"
    sys.exit(3)
print "not reached"
