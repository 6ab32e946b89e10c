# The actions return None, as on a gateway; a session with no page receives nothing from scope='session'.
designer = [s for s in system.perspective.getSessionInfo() if s.sessionScope == "designer"][0]
print system.perspective.sendMessage("m", {}, scope="session", sessionId=designer.id)
s = system.perspective.getSessionInfo("billy", "MyProject")[0]
print system.perspective.refresh(s.id, s.pageIds[0])
print system.perspective.closeDock("nav", s.id, s.pageIds[1])
print callable(system.perspective.alterDock), hasattr(system.perspective, "togglePopup")
