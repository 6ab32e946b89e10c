from java.lang import System, Thread
import time
start = System.currentTimeMillis()
n0 = System.nanoTime()
Thread.sleep(20)
elapsed = System.currentTimeMillis() - start
print elapsed >= 15, System.nanoTime() > n0
print abs(start / 1000.0 - time.time()) < 5
print type(start).__name__
print System.currentTimeMillis() > 1500000000000
