# Types of every value in a session.
s = system.perspective.getSessionInfo()[0]
for k in s.keys():
    print "%-16s %s" % (k, type(s[k]).__name__)
print type(system.perspective.getSessionInfo()).__name__
print type(s["pageIds"][0]).__name__
big = system.perspective.getSessionInfo(projectFilter="WarehouseHMI")
print [type(x["totalBytesSent"]).__name__ for x in big]
print [type(x["uptime"]).__name__ for x in big]
