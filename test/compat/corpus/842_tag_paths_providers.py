# Paths ignore case; the provider defaults to [default]; other providers by name.
for path in ['Counters/Runs', '[default]Counters/Runs', '[DEFAULT]counters/runs', '  [default]Counters/Runs  ',
             '[default]/Counters/Runs/', '[plant]Shift', '[Plant]shift', 'Shift']:
    qv = system.tag.readBlocking([path])[0]
    print repr(path), qv.value, qv.quality.getName()
print system.tag.writeBlocking(['[plant]Shift'], ['C']), system.tag.readBlocking(['[plant]Shift'])[0].value
print [str(r['fullPath']) for r in system.tag.browse('[plant]')]
print [str(r['fullPath']) for r in system.tag.browse('[DEFAULT]line1/motors')]
