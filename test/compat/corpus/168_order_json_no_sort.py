# order-sensitive
# json.dumps without sort_keys follows dict order.
import json
s = system.perspective.getSessionInfo("admin")[0]
print json.dumps({"user": s["username"], "pages": s["activePages"], "scope": s["sessionScope"]})
print json.dumps(dict(s))
