# Missing tags are qualities, not exceptions, for reads and writes alike.
values = system.tag.readBlocking(['[default]Nope/Missing', 'Counters/Runs', '[nowhere]Tag'])
for qv in values:
    print qv.value, qv.quality, qv.quality.isGood(), qv.quality.isBad()
codes = system.tag.writeBlocking(['[default]Nope/Missing', 'Counters/Runs', '[nowhere]Tag'], [1, 2, 3])
print codes
for code in codes:
    print code.getName(), code.isGood(), code.getCode()
print system.tag.readBlocking('Counters/Runs')[0].value
try:
    print system.tag.readBlocking(['Counters'])[0].quality
except Exception, e:
    print 'error', e
