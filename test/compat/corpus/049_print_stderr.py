# Messages to stderr do not show on stdout.
import sys
print "report start"
print >>sys.stderr, "warning: this goes to stderr"
sys.stderr.write("another warning\n")
for s in system.perspective.getSessionInfo("alice"):
    print s["project"]
print "report end"
