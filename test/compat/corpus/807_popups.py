# Popups: open one with its settings by keyword, toggle another, close them (an empty id closes the last focused).
s = system.perspective.getSessionInfo("alice", "MyProject")[0]
page = s.pageIds[0]
system.perspective.openPopup("motor7", "Popups/Motor", params={"motorId": 7}, title="Motor 7",
                             position={"left": 100, "top": 80, "width": 400, "height": 300},
                             showCloseIcon=False, draggable=True, resizable=True, modal=True, overlayDismiss=True,
                             sessionId=s.id, pageId=page)
system.perspective.openPopup("help", "Popups/Help", sessionId=s.id, pageId=page, viewportBound=True)
system.perspective.togglePopup("legend", "Popups/Legend", {"compact": True}, "Legend", sessionId=s.id, pageId=page)
system.perspective.closePopup("motor7", s.id, page)
system.perspective.closePopup("", sessionId=s.id, pageId=page)
print "popups done on", page
