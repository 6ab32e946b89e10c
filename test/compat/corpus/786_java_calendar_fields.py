from java.util import Calendar, GregorianCalendar, TimeZone, Date
c = Calendar.getInstance(TimeZone.getTimeZone("UTC"))
c.setTimeInMillis(1709210096789)   # 2024-02-29 12:34:56.789 UTC, a Thursday
for name in ["YEAR", "MONTH", "DAY_OF_MONTH", "DAY_OF_WEEK", "DAY_OF_YEAR", "WEEK_OF_YEAR", "HOUR", "HOUR_OF_DAY",
             "AM_PM", "MINUTE", "SECOND", "MILLISECOND", "DAY_OF_WEEK_IN_MONTH"]:
    print name, c.get(getattr(Calendar, name))
print Calendar.JANUARY, Calendar.DECEMBER, Calendar.SUNDAY, Calendar.SATURDAY
print c.getActualMaximum(Calendar.DAY_OF_MONTH), c.getActualMinimum(Calendar.DAY_OF_MONTH)
c.add(Calendar.YEAR, 1)
print c.get(Calendar.MONTH), c.get(Calendar.DAY_OF_MONTH)
g = GregorianCalendar(2023, Calendar.DECEMBER, 31, 23, 59, 59)
g.add(Calendar.SECOND, 1)
print g.get(Calendar.YEAR), g.get(Calendar.MONTH), g.get(Calendar.DAY_OF_MONTH), g.get(Calendar.HOUR_OF_DAY)
print g.isLeapYear(2024), g.isLeapYear(1900), g.isLeapYear(2000)
