# Dump all sessions (converted to dicts) as JSON lines.
import json
for s in system.perspective.getSessionInfo(projectFilter="QualityDash"):
    print json.dumps(dict(s), sort_keys=True)
print json.dumps({"count": len(system.perspective.getSessionInfo())})
