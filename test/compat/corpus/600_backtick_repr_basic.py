# Backquotes are repr() in Python 2
sessions = system.perspective.getSessionInfo()
first = sessions[0]
print `first["username"]`
print `len(sessions)`, `3L`, `1.5`, `None`, `True`
print `u'caf\xe9'`, `'tab\there'`
