# sys.exit with a message prints it to stderr and exits 1.
import sys
for s in system.perspective.getSessionInfo("billy"):
    print s["sessionScope"]
sys.exit("billy has too many sessions")
