# -*- coding: utf-8 -*-
# A shift-handover text block, mixing unicode session values with str literals.
from datetime import datetime
REPORT_AT = datetime(2024, 3, 15, 14, 0)
lines = []
lines.append("Shift handover - %s" % REPORT_AT.strftime("%Y-%m-%d %H:%M"))
lines.append("=" * 40)
for project in ["MyProject", "QualityDash", "WarehouseHMI"]:
    ss = system.perspective.getSessionInfo(projectFilter=project)
    names = sorted(set(s["username"] for s in ss))
    lines.append("%s: %d session(s) - %s" % (project, len(ss), ", ".join(names)))
lines.append(u"Signed: José → next shift")
text = u"\n".join(lines)
print text
print type(text).__name__, len(text.splitlines()), len(text)
