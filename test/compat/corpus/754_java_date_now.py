from java.util import Date
import time
now = Date()
print abs(now.getTime() / 1000.0 - time.time()) < 5
print len(str(now).split())
print str(now).endswith(str(now.getYear() + 1900))
print Date().getTime() >= now.getTime()
