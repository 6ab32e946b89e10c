"""system.date (Ignition 8.1): dates are java.util.Date objects in the gateway's time zone (--timezone)."""
from java.util import Date, Calendar, GregorianCalendar, TimeZone
from java.text import SimpleDateFormat



def _calendar(date):
    cal = GregorianCalendar()
    cal.setTime(date)
    return cal


def _adder(field, factor=1):
    def add(date, value):
        cal = _calendar(date)
        cal.add(field, int(value) * factor)
        return cal.getTime()
    return add


def _between_exact(unit):
    def between(date1, date2):
        diff = date2.getTime() - date1.getTime()
        return int(abs(diff) // unit) * (1 if diff >= 0 else -1)
    return between


def _between_calendar(field, factor=1):
    """Whole units from date1 to date2 counted on the calendar (a DST day is one day)."""
    def between(date1, date2):
        sign = 1 if date2.getTime() >= date1.getTime() else -1
        start = _calendar(date1)
        target = date2.getTime()
        count = 0
        step = 1
        while True:
            probe = start.clone()
            probe.add(field, sign * (count + step) * factor)
            reached = probe.getTimeInMillis() <= target if sign > 0 else probe.getTimeInMillis() >= target
            if reached:
                count += step
                step *= 2
            elif step > 1:
                step = 1
            else:
                return sign * count
    return between


def now():
    return Date()


def fromMillis(millis):
    return Date(long(millis))


def toMillis(date):
    return date.getTime()


def getDate(year, month, day):
    return GregorianCalendar(int(year), int(month), int(day)).getTime()


def _with_fields(date, fields, values):
    """The date with the calendar fields set to the values, in the gateway's zone."""
    cal = _calendar(date)
    for field, value in zip(fields, values):
        cal.set(field, int(value))
    return cal.getTime()


def midnight(date):
    return _with_fields(date, (Calendar.HOUR_OF_DAY, Calendar.MINUTE, Calendar.SECOND, Calendar.MILLISECOND), (0, 0, 0, 0))


def setTime(date, hour, minute, second):
    return _with_fields(date, (Calendar.HOUR_OF_DAY, Calendar.MINUTE, Calendar.SECOND), (hour, minute, second))


def setDate(date, year, month, day):
    return _with_fields(date, (Calendar.YEAR, Calendar.MONTH, Calendar.DAY_OF_MONTH), (year, month, day))


def _shift(unit):
    """Adds an exact number of units (a long is fine: sessions run for weeks of milliseconds)."""
    def add(date, value):
        return Date(date.getTime() + long(value) * unit)
    return add


addMillis = _shift(1)
addSeconds = _shift(1000)
addMinutes = _shift(60000)
addHours = _shift(3600000)
addDays = _adder(Calendar.DAY_OF_MONTH)
addWeeks = _adder(Calendar.DAY_OF_MONTH, 7)
addMonths = _adder(Calendar.MONTH)
addYears = _adder(Calendar.YEAR)
millisBetween = _between_exact(1)
secondsBetween = _between_exact(1000)
minutesBetween = _between_exact(60000)
hoursBetween = _between_exact(3600000)
daysBetween = _between_calendar(Calendar.DAY_OF_MONTH)
weeksBetween = _between_calendar(Calendar.DAY_OF_MONTH, 7)
monthsBetween = _between_calendar(Calendar.MONTH)
yearsBetween = _between_calendar(Calendar.YEAR)


def _getter(field, transform=None):
    def get(date):
        value = _calendar(date).get(field)
        return transform(value) if transform is not None else value
    return get


getYear = _getter(Calendar.YEAR)
getMonth = _getter(Calendar.MONTH)
getQuarter = _getter(Calendar.MONTH, lambda m: m // 3 + 1)
getDayOfMonth = _getter(Calendar.DAY_OF_MONTH)
getDayOfWeek = _getter(Calendar.DAY_OF_WEEK)
getDayOfYear = _getter(Calendar.DAY_OF_YEAR)
getHour12 = _getter(Calendar.HOUR)
getHour24 = _getter(Calendar.HOUR_OF_DAY)
getMinute = _getter(Calendar.MINUTE)
getSecond = _getter(Calendar.SECOND)
getMillis = _getter(Calendar.MILLISECOND)
getAMorPM = _getter(Calendar.AM_PM)


def isBefore(date1, date2):
    return date1.getTime() < date2.getTime()


def isAfter(date1, date2):
    return date1.getTime() > date2.getTime()


def isBetween(target_date, start_date, end_date):
    return start_date.getTime() <= target_date.getTime() <= end_date.getTime()


def isDaylightTime(date=None):
    return TimeZone.getDefault().inDaylightTime(date if date is not None else Date())


def format(date, format='yyyy-MM-dd HH:mm:ss'):
    return SimpleDateFormat(format).format(date)


def parse(dateString, formatString='yyyy-MM-dd HH:mm:ss', locale=None):
    return SimpleDateFormat(formatString).parse(dateString)


def getTimezone():
    return TimeZone.getDefault().getID()


def getTimezoneOffset(date=None):
    return TimeZone.getDefault().getOffset((date if date is not None else Date()).getTime()) / 3600000.0


def getTimezoneRawOffset():
    return TimeZone.getDefault().getRawOffset() / 3600000.0
