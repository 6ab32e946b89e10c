# Bandwidth report: totals and per-session bytes in KB/MB.
sessions = system.perspective.getSessionInfo()
total = 0
for s in sessions:
    total += s["totalBytesSent"]
    print "%-38s %14d bytes  %10.2f MB" % (s["id"], s["totalBytesSent"], s["totalBytesSent"] / 1048576.0)
print "Grand total:", total
print "As repr:", repr(total)
print "Type:", type(total).__name__
print "Average (int division):", total / len(sessions)
