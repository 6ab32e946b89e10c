# sys.exit() and sys.exit(0) end the script successfully.
import sys
print "checking"
try:
    sys.exit(5)
except SystemExit, e:
    print "caught SystemExit", e.code
print "still running"
sys.exit(0)
print "not reached"
