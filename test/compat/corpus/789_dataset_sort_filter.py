rows = []
for s in system.perspective.getSessionInfo():
    rows.append([s.username, s.project, s.activePages])
ds = system.dataset.toDataSet(["user", "project", "pages"], rows)
for args in [("user",), ("pages", False), (2, True), ("project", False)]:
    out = system.dataset.sort(ds, *args)
    print args, [tuple(out.getValueAt(r, c) for c in range(out.getColumnCount())) for r in range(3)]
f = system.dataset.filterColumns(ds, ["pages", "user"])
print f, list(f.getColumnNames()), f.getValueAt(0, 0), f.getValueAt(0, 1)
g = system.dataset.filterColumns(ds, [1])
print g, list(g.getColumnNames())
print system.dataset.getColumnHeaders(ds)
print ds.getRowCount(), system.dataset.sort(ds, "user").getRowCount()
