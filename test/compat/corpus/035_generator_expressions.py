# Generator expressions with sum/max/any/all.
ss = system.perspective.getSessionInfo()
print sum(s["activePages"] for s in ss)
print max(s["lastComm"] for s in ss)
print min((s["uptime"], s["username"]) for s in ss)
print any(s["username"] == "admin" for s in ss)
print all(s["clientAddress"].count(".") == 3 for s in ss)
print sorted(set(s["sessionScope"] for s in ss))
print list(s["id"][:4] for s in ss if s["activePages"] > 1)
