# How a session object prints (dict-style, documented key order).
s = system.perspective.getSessionInfo("admin")[0]
print s
print repr(s) == str(s)
print [s]
print "%s" % s["pageIds"]
print repr(s["username"]), repr(s["uptime"]), repr(s["pageIds"])
