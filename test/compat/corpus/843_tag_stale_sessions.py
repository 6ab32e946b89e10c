# Stale-session clean-up: close idle sessions, then keep the count tag current.
before = len(system.perspective.getSessionInfo())
closed = []
for s in system.perspective.getSessionInfo():
    if s["lastComm"] > 3000:
        system.perspective.closeSession('Closed for inactivity', s['id'])
        closed.append(s['id'])
after = len(system.perspective.getSessionInfo())
print 'closed', len(closed), 'of', before
system.tag.writeBlocking(['Perspective/SessionCount', 'Perspective/LastAudit'], [after, 'closed %d' % len(closed)])
for qv in system.tag.readBlocking(['Perspective/SessionCount', 'Perspective/LastAudit', '[System]Gateway/Perspective/SessionCount']):
    print qv.value, qv.quality
