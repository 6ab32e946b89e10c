# -*- coding: utf-8 -*-
# download, refresh, setTheme and vibrateDevice on real targets.
rows = []
for s in system.perspective.getSessionInfo(projectFilter="WarehouseHMI"):
    rows.append("%s,%s,%d" % (s.id, s.username, len(s.pageIds)))
report = "id,user,pages\n" + "\n".join(rows) + "\n"
target = system.perspective.getSessionInfo("operator1")[0]
system.perspective.download("warehouse.csv", report, "text/csv", target.id, target.pageIds[0])
system.perspective.download(filename="notes.txt", data=u"Équipe B\n", sessionId=target.id, pageId=target.pageIds[1])
system.perspective.refresh(target.id, target.pageIds[0])
system.perspective.setTheme("dark", sessionId=target.id, pageId=target.pageIds[1])
phone = system.perspective.getSessionInfo("alice", "MyProject")[0]
system.perspective.vibrateDevice(500, phone.id)
system.perspective.vibrateDevice(duration=250, sessionId=phone.id)
print len(rows), "rows sent"
