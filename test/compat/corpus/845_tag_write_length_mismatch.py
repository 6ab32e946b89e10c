# writeBlocking with fewer values than paths: ValueError, uncaught.
print system.tag.writeBlocking('Counters/Runs', 9), system.tag.readBlocking('Counters/Runs')[0].value
print system.tag.writeBlocking(['Counters/Runs', 'Line1/Speed'], [1])
