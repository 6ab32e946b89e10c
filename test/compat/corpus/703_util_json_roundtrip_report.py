# A report exported as JSON and read back
report = {"count": len(system.perspective.getSessionInfo())}
text = system.util.jsonEncode(report)
print text
back = system.util.jsonDecode(text)
print back['count'] == report['count']
byProject = {}
for s in system.perspective.getSessionInfo():
    byProject.setdefault(s.project, 0)
    byProject[s.project] += 1
decoded = system.util.jsonDecode(system.util.jsonEncode(byProject))
for k in sorted(decoded):
    print k, decoded[k]
