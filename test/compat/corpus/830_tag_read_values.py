# Read tags of every data type from the tag provider and look at what comes back.
paths = ['[default]Counters/Runs', '[default]Counters/Scans', '[default]Counters/Enabled',
         '[default]Line1/Speed', '[default]Line1/Label', '[default]Line1/LastStop']
values = system.tag.readBlocking(paths)
print len(values)
for path, qv in zip(paths, values):
    print path, '->', qv.value, type(qv.value).__name__, qv.quality, qv.quality.isGood()
print values[0]
print values[4]
print values[5].value
print repr(values[1].value)
print values[0].timestamp
print values[0].getValue(), values[0].getQuality(), values[0].getTimestamp().getTime()
