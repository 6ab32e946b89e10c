# A JSON export of sessions grouped by project, read back into a printed table
byProject = {}
for s in system.perspective.getSessionInfo():
    byProject.setdefault(s.project, []).append(s.username)
keys = sorted(byProject)
export = [{"project": k} for k in keys]
text = system.util.jsonEncode(export, 2)
print text
for row in system.util.jsonDecode(text):
    print "%-20s %d" % (row['project'], len(byProject[row['project']]))
