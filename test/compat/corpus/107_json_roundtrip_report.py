# Serialize a session summary and read it back.
import json
summary = []
for s in system.perspective.getSessionInfo(projectFilter="MyProject"):
    summary.append({"user": s["username"], "scope": s["sessionScope"], "pages": list(s["pageIds"]), "bytes": s["totalBytesSent"]})
text = json.dumps(summary, sort_keys=True)
print text
back = json.loads(text)
print len(back), back == summary
print [b["user"] for b in back]
print json.dumps(back[0], sort_keys=True, indent=1)
