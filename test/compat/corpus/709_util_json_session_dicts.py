# Sessions exported as a list of one-key dicts, compact and indented
rows = []
for s in system.perspective.getSessionInfo():
    rows.append({"user": s.username})
print system.util.jsonEncode(rows[:3])
print system.util.jsonEncode(rows[:2], 2)
print system.util.jsonEncode([{"id": s.id} for s in system.perspective.getSessionInfo("billy")], 4)
