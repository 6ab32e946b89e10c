# A dataset of mixed types written as CSV and read back
rows = [[1, "alice", 2.5, True], [2, "bob, jr", -1.0, False], [3, 'say "hi"', 0.0, True]]
ds = system.dataset.toDataSet(["id", "name", "score", "ok"], rows)
csv = system.dataset.toCSV(ds)
print csv,
exported = system.dataset.toCSV(ds, True, True)
print exported,
back = system.dataset.fromCSV(exported)
print back, back.getColumnNames()
for r in range(back.getRowCount()):
    print [back.getValueAt(r, c) for c in range(back.getColumnCount())]
print system.dataset.toCSV(ds, False),
