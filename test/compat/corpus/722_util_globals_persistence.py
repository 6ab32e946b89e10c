# getGlobals is one dict for the run: functions and repeated calls share it
def bump(key):
    g = system.util.getGlobals()
    g[key] = g.get(key, 0) + 1
    return g[key]
for i in range(3):
    bump('a')
bump('b')
g = system.util.getGlobals()
print sorted(g.items())
g.setdefault('cache', []).append('x')
system.util.getGlobals()['cache'].append('y')
print system.util.getGlobals()['cache']
del system.util.getGlobals()['b']
print 'b' in system.util.getGlobals(), len(system.util.getGlobals())
print type(system.util.getGlobals()).__name__
