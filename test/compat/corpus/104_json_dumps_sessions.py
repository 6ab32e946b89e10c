# json.dumps of session data with sort_keys and indent.
import json
s = system.perspective.getSessionInfo("admin")[0]
d = dict(s)
print json.dumps(d, sort_keys=True)
print json.dumps(d, sort_keys=True, indent=2)
print json.dumps([x["username"] for x in system.perspective.getSessionInfo("billy")])
