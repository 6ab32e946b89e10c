# Thread.sleep pauses (within the run's time limit) and returns None
from java.lang import Thread, System
t0 = System.currentTimeMillis()
r = Thread.sleep(20)
t1 = System.currentTimeMillis()
print r, t1 >= t0
for i in range(3):
    Thread.sleep(1)
print 'slept'
import java.lang
try:
    Thread.sleep(-1)
except java.lang.IllegalArgumentException, e:
    print 'IllegalArgumentException:', e.getMessage()
