import time
now = system.date.now()
print abs(system.date.toMillis(now) / 1000.0 - time.time()) < 5
print system.date.isAfter(system.date.addSeconds(now, 1), now)
print len(system.date.format(now, "yyyy-MM-dd"))
