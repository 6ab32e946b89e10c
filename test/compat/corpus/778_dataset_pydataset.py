ds = system.dataset.toDataSet(["user", "pages"], [["billy", 2], ["alice", 0], ["carol", 5]])
py = system.dataset.toPyDataSet(ds)
print py, len(py)
print py[0]["user"], py[2][1], py[-1]["pages"]
for row in py:
    print row["user"], row[1], len(row), list(row)
print sum(row["pages"] for row in py)
print [row["user"] for row in py if row["pages"] > 0]
print system.dataset.toDataSet(py)
