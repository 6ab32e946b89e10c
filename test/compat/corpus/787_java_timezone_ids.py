from java.util import TimeZone
for zid in ["UTC", "GMT", "America/New_York", "Europe/Paris", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata", "Nowhere/City"]:
    tz = TimeZone.getTimeZone(zid)
    print zid, tz.getID(), tz.getRawOffset(), tz.getOffset(1720000000000), tz.getOffset(1705000000000), tz.useDaylightTime()
print TimeZone.getDefault().getID()
ny = TimeZone.getTimeZone("America/New_York")
from java.util import Date
print ny.inDaylightTime(Date(1720000000000)), ny.inDaylightTime(Date(1705000000000))
