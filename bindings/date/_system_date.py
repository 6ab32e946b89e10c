"""system.date (Ignition 8.1): dates are java.util.Date objects in the gateway's time zone (--timezone)."""
from java.util import Date, Calendar, GregorianCalendar, TimeZone
from java.text import SimpleDateFormat

__all__ = []


def _export(fn):
    __all__.append(fn.__name__)
    return fn


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


@_export
def now():
    return Date()


@_export
def fromMillis(millis):
    return Date(long(millis))


@_export
def toMillis(date):
    return date.getTime()


@_export
def getDate(year, month, day):
    return GregorianCalendar(int(year), int(month), int(day)).getTime()


@_export
def midnight(date):
    cal = _calendar(date)
    for field in (Calendar.HOUR_OF_DAY, Calendar.MINUTE, Calendar.SECOND, Calendar.MILLISECOND):
        cal.set(field, 0)
    return cal.getTime()


@_export
def setTime(date, hour, minute, second):
    cal = _calendar(date)
    cal.set(Calendar.HOUR_OF_DAY, int(hour))
    cal.set(Calendar.MINUTE, int(minute))
    cal.set(Calendar.SECOND, int(second))
    return cal.getTime()


@_export
def setDate(date, year, month, day):
    cal = _calendar(date)
    cal.set(Calendar.YEAR, int(year))
    cal.set(Calendar.MONTH, int(month))
    cal.set(Calendar.DAY_OF_MONTH, int(day))
    return cal.getTime()


for _name, _fn in [('addMillis', _adder(Calendar.MILLISECOND)), ('addSeconds', _adder(Calendar.SECOND)),
                   ('addMinutes', _adder(Calendar.MINUTE)), ('addHours', _adder(Calendar.HOUR_OF_DAY)),
                   ('addDays', _adder(Calendar.DAY_OF_MONTH)), ('addWeeks', _adder(Calendar.DAY_OF_MONTH, 7)),
                   ('addMonths', _adder(Calendar.MONTH)), ('addYears', _adder(Calendar.YEAR)),
                   ('millisBetween', _between_exact(1)), ('secondsBetween', _between_exact(1000)),
                   ('minutesBetween', _between_exact(60000)), ('hoursBetween', _between_exact(3600000)),
                   ('daysBetween', _between_calendar(Calendar.DAY_OF_MONTH)),
                   ('weeksBetween', _between_calendar(Calendar.DAY_OF_MONTH, 7)),
                   ('monthsBetween', _between_calendar(Calendar.MONTH)),
                   ('yearsBetween', _between_calendar(Calendar.YEAR))]:
    _fn.__name__ = _name
    globals()[_name] = _fn
    __all__.append(_name)


def _getter(name, compute):
    def get(date):
        return compute(_calendar(date))
    get.__name__ = name
    globals()[name] = get
    __all__.append(name)


_getter('getYear', lambda c: c.get(Calendar.YEAR))
_getter('getMonth', lambda c: c.get(Calendar.MONTH))
_getter('getQuarter', lambda c: c.get(Calendar.MONTH) // 3 + 1)
_getter('getDayOfMonth', lambda c: c.get(Calendar.DAY_OF_MONTH))
_getter('getDayOfWeek', lambda c: c.get(Calendar.DAY_OF_WEEK))
_getter('getDayOfYear', lambda c: c.get(Calendar.DAY_OF_YEAR))
_getter('getHour12', lambda c: c.get(Calendar.HOUR))
_getter('getHour24', lambda c: c.get(Calendar.HOUR_OF_DAY))
_getter('getMinute', lambda c: c.get(Calendar.MINUTE))
_getter('getSecond', lambda c: c.get(Calendar.SECOND))
_getter('getMillis', lambda c: c.get(Calendar.MILLISECOND))
_getter('getAMorPM', lambda c: c.get(Calendar.AM_PM))


@_export
def isBefore(date1, date2):
    return date1.getTime() < date2.getTime()


@_export
def isAfter(date1, date2):
    return date1.getTime() > date2.getTime()


@_export
def isBetween(target_date, start_date, end_date):
    return start_date.getTime() <= target_date.getTime() <= end_date.getTime()


@_export
def isDaylightTime(date=None):
    return TimeZone.getDefault().inDaylightTime(date if date is not None else Date())


@_export
def format(date, format='yyyy-MM-dd HH:mm:ss'):
    return SimpleDateFormat(format).format(date)


@_export
def parse(dateString, formatString='yyyy-MM-dd HH:mm:ss', locale=None):
    return SimpleDateFormat(formatString).parse(dateString)


@_export
def getTimezone():
    return TimeZone.getDefault().getID()


@_export
def getTimezoneOffset(date=None):
    return TimeZone.getDefault().getOffset((date if date is not None else Date()).getTime()) / 3600000.0


@_export
def getTimezoneRawOffset():
    return TimeZone.getDefault().getRawOffset() / 3600000.0
