# Count sessions per project and print a small report.
sessions = system.perspective.getSessionInfo()
counts = {}
for s in sessions:
    counts[s["project"]] = counts.get(s["project"], 0) + 1
print "Sessions per project"
print "-" * 20
for project in sorted(counts.keys()):
    print "%-14s %3d" % (project, counts[project])
print "-" * 20
print "%-14s %3d" % ("TOTAL", sum(counts.values()))
