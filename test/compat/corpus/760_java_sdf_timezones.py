from java.text import SimpleDateFormat
from java.util import Date, TimeZone
d = Date(1782910800000)
w = Date(1767225600000)
fmt = SimpleDateFormat("yyyy-MM-dd HH:mm z Z")
for zone in ["UTC", "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Tokyo"]:
    fmt.setTimeZone(TimeZone.getTimeZone(zone))
    print "%-20s %s | %s" % (zone, fmt.format(d), fmt.format(w))
print fmt.getTimeZone().getID()
