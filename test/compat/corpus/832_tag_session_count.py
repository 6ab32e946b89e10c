# Ignition's own session count counts Vision clients only: write the Perspective session count to a tag.
sessions = system.perspective.getSessionInfo()
count = len(sessions)
print 'sessions:', count
codes = system.tag.writeBlocking(['[default]Perspective/SessionCount'], [count])
print 'write:', codes
back = system.tag.readBlocking(['[default]Perspective/SessionCount'])[0]
print 'read back:', back.value, back.quality
system_count = system.tag.readBlocking(['[System]Gateway/Perspective/SessionCount'])[0]
print 'system tag:', system_count.value, system_count.quality, system_count.value == count
by_project = {}
for s in sessions:
    by_project[s['project']] = by_project.get(s['project'], 0) + 1
print sorted(by_project.items())
