# The actions through the import forms scripts use: import system, from system.perspective import ..., aliases.
import system
from system.perspective import sendMessage, getSessionInfo
import system.perspective as persp

s = getSessionInfo("admin")[0]
sendMessage("a", {"via": "from-import"}, sessionId=s.id, pageId=s.pageIds[0])
persp.refresh(s.id, s.pageIds[0])
system.perspective.setTheme("light", s.id, s.pageIds[0])
notify = system.perspective.sendMessage
notify("b", {"via": "alias"}, "session", s.id)
print "four calls"
