# OrderedDict to keep a report's column order; printed as lines.
from collections import OrderedDict
for s in system.perspective.getSessionInfo("billy"):
    row = OrderedDict()
    row["User"] = s["username"]
    row["Project"] = s["project"]
    row["Scope"] = s["sessionScope"]
    row["Pages"] = s["activePages"]
    print " | ".join("%s=%s" % (k, v) for k, v in row.items())
print row.keys()
print repr(row)
