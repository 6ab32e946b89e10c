# JSON export of a session summary, compact and indented
rows = []
for s in system.perspective.getSessionInfo("billy"):
    rows.append([s.id, s.project, s.activePages])
print system.util.jsonEncode(rows)
print system.util.jsonEncode({"user": "billy"})
print system.util.jsonEncode({"user": "billy"}, 2)
print system.util.jsonEncode([1, [2, 3], [], {}], 4)
