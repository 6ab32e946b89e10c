g = system.util.getGlobals()
g['runs'] = g.get('runs', 0) + 1
print system.util.getGlobals()['runs'], system.util.getGlobals() is g
v = system.util.getVersion()
print str(v), v.major, v.minor
print system.util.getProjectName()
