# Filters are exact matches.
for name in ["billy", "Billy", "BILLY", "bill", "", "billy "]:
    print repr(name), len(system.perspective.getSessionInfo(name))
for project in ["MyProject", "myproject", "My", u"MyProject"]:
    print repr(project), len(system.perspective.getSessionInfo(projectFilter=project))
print "None filters:", len(system.perspective.getSessionInfo(None, None))
