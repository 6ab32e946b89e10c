# Build headers + rows the way scripts feed system.dataset.toDataSet, then print them as a table.
headers = ["User", "Project", "Scope", "Pages", "Idle s"]
rows = []
for s in system.perspective.getSessionInfo():
    rows.append([s["username"], s["project"], s["sessionScope"], s["activePages"], round(s["lastComm"] / 1000.0, 1)])
widths = [max(len(unicode(r[i])) for r in rows + [headers]) for i in range(len(headers))]
def line(values):
    return " | ".join(unicode(v).ljust(w) if isinstance(v, basestring) else unicode(v).rjust(w) for v, w in zip(values, widths))
print line(headers)
print "-+-".join("-" * w for w in widths)
for r in rows:
    print line(r)
print "%d rows x %d columns" % (len(rows), len(headers))
