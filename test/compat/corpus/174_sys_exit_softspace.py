# sys.exit with a non-integer value after a trailing-comma print.
import sys
print "sessions:", len(system.perspective.getSessionInfo()),
print "checked",
sys.exit(["too", "many", 12])
