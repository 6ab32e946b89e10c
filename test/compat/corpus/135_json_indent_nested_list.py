# json indent with nested lists of page ids.
import json
doc = [{"user": s["username"], "pages": s["pageIds"]} for s in system.perspective.getSessionInfo("alice")]
print json.dumps(doc, indent=2, sort_keys=True)
print json.dumps({"empty": [], "obj": {}}, indent=2, sort_keys=True)
