# Tag properties in paths: .value, .quality, .timestamp, .dataType, .name, .tagType.
for prop in ['value', 'quality', 'timestamp', 'dataType', 'name', 'tagType', 'valueSource', 'Value', 'nope']:
    qv = system.tag.readBlocking(['[default]Line1/Temperature.' + prop])[0]
    print prop, repr(qv.value) if prop != 'timestamp' else qv.value, qv.quality
q = system.tag.readBlocking(['Line1/Temperature.quality'])[0].value
print type(q).__name__, q.isGood(), q
print system.tag.readBlocking(['Line1.name', 'Line1.tagType'])[0].value
print system.tag.writeBlocking(['Counters/Runs.value'], [5]), system.tag.readBlocking(['Counters/Runs'])[0].value
print system.tag.writeBlocking(['Counters/Runs.quality'], [5])[0].getName()
