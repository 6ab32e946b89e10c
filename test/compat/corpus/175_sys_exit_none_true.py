# sys.exit(True) exits with status 1 and prints nothing extra.
import sys
for s in system.perspective.getSessionInfo("alice"):
    print s["project"], s["sessionScope"]
try:
    sys.exit()
except SystemExit, e:
    print "code:", repr(e.code)
try:
    sys.exit(None)
except SystemExit, e:
    print "code:", repr(e.code)
sys.exit(True)
