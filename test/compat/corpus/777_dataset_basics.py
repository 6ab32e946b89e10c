headers = ["user", "project", "minutes"]
rows = [[s.username, s.project, s.uptime // 60000] for s in system.perspective.getSessionInfo()]
ds = system.dataset.toDataSet(headers, rows)
print ds
print ds.getRowCount(), ds.getColumnCount(), ds.getColumnNames()
print ds.getColumnName(1), ds.getColumnIndex("minutes"), ds.getColumnIndex("nope")
print ds.getValueAt(0, 0), ds.getValueAt(0, "project"), repr(ds.getValueAt(1, "user"))
print ds.getColumnAsList("minutes")
print system.dataset.getColumnHeaders(ds)
