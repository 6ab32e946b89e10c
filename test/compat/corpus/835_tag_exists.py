# exists() for tags, folders, providers and properties.
for path in ['[default]Counters/Runs', 'Counters/Runs', 'counters/RUNS', '[default]Counters', '[default]Counters/Nope',
             '[plant]Shift', '[nowhere]Shift', '[default]Line1/Speed.quality', '[System]Gateway/Perspective/SessionCount']:
    print path, system.tag.exists(path)
if not system.tag.exists('[default]Reports/LastRun'):
    print 'creating', system.tag.configure('[default]Reports', [{'name': 'LastRun', 'dataType': 'String', 'value': 'never'}])
print system.tag.exists('[default]Reports/LastRun'), system.tag.readBlocking(['Reports/LastRun'])[0].value
