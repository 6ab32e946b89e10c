# Build CSV text of the session list (as you would for system.file.writeFile).
header = ["id", "username", "project", "sessionScope", "uptime", "clientAddress"]
lines = [",".join(header)]
for s in system.perspective.getSessionInfo():
    row = []
    for col in header:
        value = s[col]
        row.append(unicode(value))
    lines.append(",".join(row))
csv = "\n".join(lines)
print csv
print type(csv).__name__, len(csv.splitlines())
