# CSV with quoting of userAgent strings that contain commas.
def quote(v):
    v = unicode(v)
    if "," in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v

out = []
for s in system.perspective.getSessionInfo(projectFilter="MyProject"):
    out.append(",".join([quote(s["username"]), quote(s["userAgent"]), quote(s["activePages"])]))
for line in out:
    print line
print "quoted fields:", len([l for l in out if l.count('"') >= 2])
