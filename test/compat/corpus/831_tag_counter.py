# A run counter: read the tag, add one, write it back, several times.
path = '[default]Counters/Runs'
for i in range(3):
    current = system.tag.readBlocking([path])[0].value
    result = system.tag.writeBlocking([path], [current + 1])
    print 'run', i, 'was', current, 'write', result[0], result[0].isGood()
print 'final', system.tag.readBlocking([path])[0].value
counts = {}
for name in ['M1', 'M2']:
    p = '[default]Line1/Motors/' + name
    qv = system.tag.readBlocking([p])[0]
    system.tag.writeBlocking([p], [qv.value + 10])
    counts[name] = system.tag.readBlocking([p])[0].value
print sorted(counts.items())
