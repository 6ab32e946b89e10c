# A common mistake: treating the list as the current session.
info = system.perspective.getSessionInfo()
print type(info).__name__, len(info)
print info[0]["username"]
print info["custom"]
