for path in ['perspective', 'util', 'date', 'dataset']:
    mod = getattr(system, path)
    try:
        getattr(mod, 'noSuchFunction')
    except AttributeError, e:
        print path, e
try:
    system.util.jsonencode('x')
except AttributeError, e:
    print e
try:
    system.nothere.call()
except AttributeError, e:
    print e
print hasattr(system.util, 'jsonEncode'), hasattr(system.util, 'getLogger'), hasattr(system, 'zzz')
