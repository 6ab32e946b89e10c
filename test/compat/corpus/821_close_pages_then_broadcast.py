# Closing pages changes what a later broadcast reaches: closed pages get nothing.
for s in system.perspective.getSessionInfo(projectFilter="WarehouseHMI"):
    if len(s.pageIds) > 1:
        system.perspective.closePage(u"Too many tabs open", s.id, s.pageIds[-1])
total = 0
for s in system.perspective.getSessionInfo(projectFilter="WarehouseHMI"):
    for p in s.pageIds:
        system.perspective.sendMessage("reload", {"reason": "tabs"}, sessionId=s.id, pageId=p)
        total += 1
    print s.username, s.activePages, len(s.pageIds)
print total
