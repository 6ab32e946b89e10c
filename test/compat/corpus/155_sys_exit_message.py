# sys.exit with a message: Jython prints the message and exits 1.
import sys
for s in system.perspective.getSessionInfo("billy"):
    print s["sessionScope"]
sys.exit("billy has too many sessions")
