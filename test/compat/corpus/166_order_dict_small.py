# order-sensitive
# Printing small real dicts (Jython's dict order comes from Java hash codes).
s = system.perspective.getSessionInfo("admin")[0]
print {"user": s["username"], "project": s["project"]}
print {u"a": 1, u"b": 2, u"c": 3}
print {1: "one", 2: "two", 10: "ten"}
counts = {}
for x in system.perspective.getSessionInfo():
    counts[x["sessionScope"]] = counts.get(x["sessionScope"], 0) + 1
print counts
print counts.keys()
from collections import OrderedDict
od = OrderedDict([("b", 1), ("a", 2), ("c", 3)])
print od
print str(od) == repr(od), repr(od)
