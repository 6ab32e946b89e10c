# Mutating a returned session changes only that copy.
s = system.perspective.getSessionInfo("admin")[0]
print len(s), s["username"]
s["username"] = "root"
s["note"] = "patched"
del s["userAgent"]
print len(s), s["username"], s["note"], "userAgent" in s
print s.keys()
fresh = system.perspective.getSessionInfo("admin")[0]
print len(fresh), fresh["username"], "note" in fresh, fresh.has_key("userAgent")
print s.pop("note"), s.pop("nope", "default"), len(s)
print s.setdefault("project", "x"), s.setdefault("extra", 5), s["extra"]
s.update({"lastComm": 0}, activePages=9)
print s["lastComm"], s["activePages"]
s.clear()
print len(s), s, s.keys()
