# -*- coding: utf-8 -*-
# Broadcast to the authenticated browser sessions of one project only, skipping the Designer.
count = 0
for s in system.perspective.getSessionInfo(projectFilter="MyProject"):
    if s.username == "Unauthenticated" or s.sessionScope == "designer":
        continue
    for p in s.pageIds:
        system.perspective.sendMessage("banner", {"text": u"Réunion à 14h", "level": "info"}, sessionId=s.id, pageId=p)
        count += 1
print "sent to", count, "pages"
