# Every session as a dict, to JSON and back; the values survive
infos = system.perspective.getSessionInfo()
for s in infos[:4]:
    d = {"id": s.id, "user": s.username, "project": s.project, "pages": s.activePages, "uptime": s.uptime}
    back = system.util.jsonDecode(system.util.jsonEncode(d))
    print back['id'] == s.id, back['user'], back['project'], back['pages'], back['uptime'] == s.uptime
text = system.util.jsonEncode([[s.username, s.activePages] for s in infos])
print len(system.util.jsonDecode(text)) == len(infos)
print system.util.jsonDecode(system.util.jsonEncode(system.util.jsonDecode('[1, 2.5, "z", null, true]')))
