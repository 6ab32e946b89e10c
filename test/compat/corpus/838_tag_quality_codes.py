# Quality codes: good, stale, not found; their names, codes and levels.
qv = system.tag.readBlocking(['Line1/Temperature'])[0]
print qv.value, qv.quality, qv.quality.isGood(), qv.quality.isBad(), qv.quality.isUncertain()
print qv.quality.getName(), qv.quality.getCode(), qv.quality.getLevel(), qv.quality.name, qv.quality.code
good = system.tag.readBlocking(['Line1/Speed'])[0].quality
print good, good.getCode(), good.getLevel(), good.isGoodOrUncertain(), good.isNotGood()
missing = system.tag.readBlocking(['Line1/Nope'])[0].quality
print missing.getName(), missing.getCode(), missing.getLevel(), missing.isBadOrError(), missing.getDiagnosticMessage()
print good == system.tag.readBlocking(['Counters/Runs'])[0].quality, good == missing, good != missing
print str(good) == 'Good', good == 'Good'
stale = [p for p in ['Line1/Speed', 'Line1/Temperature', 'Line1/Label'] if not system.tag.readBlocking([p])[0].quality.isGood()]
print 'not good:', stale
system.tag.writeBlocking(['Line1/Temperature'], [72.0])
after = system.tag.readBlocking(['Line1/Temperature'])[0]
print after.value, after.quality
print system.tag.writeBlocking(['Line1/Temperature'], ['hot'])[0], system.tag.writeBlocking(['Line1/Temperature'], ['hot'])[0].isError()
