# An uncaught bad page id ends the script with the gateway's ValueError.
s = system.perspective.getSessionInfo("admin")[0]
system.perspective.setTheme("light", sessionId=s.id, pageId=s.pageIds[0])
system.perspective.setTheme("light", sessionId=s.id, pageId="deadbeef")
