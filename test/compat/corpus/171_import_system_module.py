# Explicit "import system" works like the pre-bound name.
import system
sessions = system.perspective.getSessionInfo("billy")
print len(sessions)
from system.perspective import getSessionInfo
print len(getSessionInfo(projectFilter="QualityDash"))
print getSessionInfo is system.perspective.getSessionInfo
print [s["project"] for s in getSessionInfo("alice")]
