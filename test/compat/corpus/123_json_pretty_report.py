# Nested report document printed as pretty JSON.
import json
report = {"generated": "2024-03-15T08:30:00", "projects": {}}
for s in system.perspective.getSessionInfo():
    p = report["projects"].setdefault(s["project"], {"sessions": 0, "users": [], "bytes": 0})
    p["sessions"] += 1
    p["bytes"] += s["totalBytesSent"]
    if s["username"] not in p["users"]:
        p["users"].append(s["username"])
for p in report["projects"].values():
    p["users"].sort()
print json.dumps(report, sort_keys=True, indent=2)
