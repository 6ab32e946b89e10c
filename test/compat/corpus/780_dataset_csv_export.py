# Sessions as a dataset, written as CSV, read back, and exported as JSON.
import json
now = system.date.fromMillis(1795989720000)
rows = []
for s in system.perspective.getSessionInfo():
    rows.append([s.id, s.username, s.project, system.date.addMillis(now, -s.uptime), s.activePages, s.uptime / 3600000.0])
ds = system.dataset.sort(system.dataset.toDataSet(["id", "user", "project", "started", "pages", "hours"], rows), "id")
print system.dataset.toCSV(ds),
export = system.dataset.toCSV(ds, True, True)
print export,
back = system.dataset.fromCSV(export)
print back, back.getValueAt(0, "started"), back.getValueAt(2, "pages") + 1
py = system.dataset.toPyDataSet(ds)
records = [{"id": r["id"], "user": r["user"], "started": system.date.format(r["started"], "yyyy-MM-dd'T'HH:mm:ss")} for r in py]
print json.dumps(records[:3], sort_keys=True)
