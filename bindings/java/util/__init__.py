"""java.util as Jython shows it: Date, Calendar/GregorianCalendar, TimeZone, Locale, UUID, ArrayList and
HashMap. Dates follow the configured default time zone (--timezone), as a gateway's JVM follows its own."""
import random as _random
import _psjava
from java.lang import Object, Class, IllegalArgumentException, IndexOutOfBoundsException, RuntimeException

_SHORT_MONTHS = [m[:3] for m in _psjava.MONTH_NAMES]
_SHORT_DAYS = [d[:3] for d in _psjava.DAY_NAMES]


class IllegalFormatException(IllegalArgumentException):
    pass


class IllegalFormatConversionException(IllegalFormatException):
    pass


class MissingFormatArgumentException(IllegalFormatException):
    pass


class UnknownFormatConversionException(IllegalFormatException):
    pass


class NoSuchElementException(RuntimeException):
    pass


class ConcurrentModificationException(RuntimeException):
    pass


# --- TimeZone --------------------------------------------------------------------------------------------
class TimeZone(Object):
    SHORT = 0
    LONG = 1
    _default = None

    def __init__(self, zone_id, fixed_offset=None):
        self._id = unicode(zone_id)
        self._fixed = fixed_offset

    @staticmethod
    def getTimeZone(zone_id):
        zone_id = _psjava.java_str(zone_id)
        if zone_id in (u'GMT', u'UTC'):
            return TimeZone(zone_id, 0)
        fixed = TimeZone._parse_custom(zone_id)
        if fixed is not None:
            return fixed
        known = _psjava.known_zone(zone_id)
        if known is None or '/' not in zone_id and zone_id not in (u'EST', u'MST', u'HST', u'CET', u'EET', u'WET', u'MET'):
            if known is None:
                return TimeZone(u'GMT', 0)
        return TimeZone(zone_id)

    @staticmethod
    def _parse_custom(zone_id):
        if not zone_id.startswith(u'GMT') or len(zone_id) < 5 or zone_id[3] not in u'+-':
            return None
        body = zone_id[4:]
        if u':' in body:
            hours, _, minutes = body.partition(u':')
        elif len(body) > 2:
            hours, minutes = body[:-2], body[-2:]
        else:
            hours, minutes = body, u'0'
        if not (hours.isdigit() and minutes.isdigit()) or int(hours) > 23 or int(minutes) > 59:
            return None
        offset = (int(hours) * 60 + int(minutes)) * 60000
        sign = zone_id[3]
        return TimeZone(u'GMT%s%02d:%02d' % (sign, int(hours), int(minutes)), -offset if sign == u'-' else offset)

    @staticmethod
    def getDefault():
        if TimeZone._default is None:
            return TimeZone.getTimeZone(_psjava._psenv.default_timezone())
        return TimeZone._default

    @staticmethod
    def setDefault(zone):
        TimeZone._default = zone

    def getID(self):
        return self._id

    def getOffset(self, millis):
        if self._fixed is not None:
            return self._fixed
        return int(_psjava.zone_offset(self._id, millis))

    def _year_offsets(self):
        if self._fixed is not None:
            return self._fixed, self._fixed
        year = _psjava.civil_from_days(_psjava.now_millis() // _psjava.DAY_MS)[0]
        jan = _psjava.days_from_civil(year, 1, 1) * _psjava.DAY_MS
        jul = _psjava.days_from_civil(year, 7, 1) * _psjava.DAY_MS
        return self.getOffset(jan), self.getOffset(jul)

    def getRawOffset(self):
        return min(self._year_offsets())

    def getDSTSavings(self):
        a, b = self._year_offsets()
        return abs(a - b)

    def useDaylightTime(self):
        a, b = self._year_offsets()
        return a != b

    observesDaylightTime = useDaylightTime

    def inDaylightTime(self, date):
        return self.getOffset(date.getTime()) != self.getRawOffset()

    def _instant(self, daylight):
        if self._fixed is not None:
            return 0
        year = _psjava.civil_from_days(_psjava.now_millis() // _psjava.DAY_MS)[0]
        jan = _psjava.days_from_civil(year, 1, 1) * _psjava.DAY_MS
        jul = _psjava.days_from_civil(year, 7, 1) * _psjava.DAY_MS
        raw = self.getRawOffset()
        standard, summer = (jan, jul) if self.getOffset(jan) == raw else (jul, jan)
        return summer if daylight and self.useDaylightTime() else standard

    def getDisplayName(self, daylight=False, style=1, locale=None):
        return self.name_at(self._instant(daylight), style == TimeZone.LONG)

    def name_at(self, millis, long_style):
        if self._id == u'UTC':
            return u'Coordinated Universal Time' if long_style else u'UTC'
        if self._id == u'GMT':
            return u'Greenwich Mean Time' if long_style else u'GMT'
        if self._fixed is not None:
            return self._id
        return _psjava.zone_name(self._id, millis, long_style)

    def hasSameRules(self, other):
        return other is not None and self._id == other._id

    def equals(self, other):
        return isinstance(other, TimeZone) and self._id == other._id and self._fixed == other._fixed

    __eq__ = equals

    def __ne__(self, other):
        return not self.equals(other)

    def __hash__(self):
        return hash(self._id)

    def hashCode(self):
        return hash(self._id)

    def toString(self):
        return u'sun.util.calendar.ZoneInfo[id="%s",offset=%d,dstSavings=%d,useDaylight=%s]' % (
            self._id, self.getRawOffset(), self.getDSTSavings(), u'true' if self.useDaylightTime() else u'false')

    def clone(self):
        return TimeZone(self._id, self._fixed)


# --- Date ------------------------------------------------------------------------------------------------
class Date(Object):
    """java.util.Date: an instant in ms. str() is 'EEE MMM dd HH:mm:ss zzz yyyy' in the default zone."""

    def __init__(self, *args):
        if not args:
            self._ms = _psjava.now_millis()
        elif len(args) == 1:
            self._ms = long(args[0])
        elif 3 <= len(args) <= 6:
            fields = list(args) + [0] * (6 - len(args))
            self._ms = long(_psjava.from_local(fields[0] + 1900, fields[1], fields[2], fields[3], fields[4],
                                               fields[5], 0, TimeZone.getDefault()))
        else:
            raise TypeError('Date(): expected 0, 1 or 3-6 args; got %d' % len(args))

    def getTime(self):
        return long(self._ms)

    def setTime(self, millis):
        self._ms = long(millis)

    def before(self, other):
        return self._ms < other.getTime()

    def after(self, other):
        return self._ms > other.getTime()

    def compareTo(self, other):
        o = other.getTime()
        return (self._ms > o) - (self._ms < o)

    def equals(self, other):
        return isinstance(other, Date) and other.getTime() == self._ms

    def hashCode(self):
        return int((self._ms ^ (self._ms >> 32)) & 0xffffffff)

    def __eq__(self, other):
        return self.equals(other)

    def __ne__(self, other):
        return not self.equals(other)

    def __lt__(self, other):
        return self._ms < other.getTime()

    def __le__(self, other):
        return self._ms <= other.getTime()

    def __gt__(self, other):
        return self._ms > other.getTime()

    def __ge__(self, other):
        return self._ms >= other.getTime()

    def __hash__(self):
        return self.hashCode()

    def clone(self):
        return Date(self._ms)

    def _fields(self):
        return _psjava.local_fields(self._ms, TimeZone.getDefault())

    def toString(self):
        zone = TimeZone.getDefault()
        f = _psjava.local_fields(self._ms, zone)
        return u'%s %s %02d %02d:%02d:%02d %s %d' % (
            _SHORT_DAYS[f['dow'] - 1], _SHORT_MONTHS[f['month']], f['day'], f['hour'], f['minute'], f['second'],
            zone.name_at(self._ms, False), f['year'])

    def toGMTString(self):
        f = _psjava.local_fields(self._ms, TimeZone(u'GMT', 0))
        return u'%d %s %d %02d:%02d:%02d GMT' % (f['day'], _SHORT_MONTHS[f['month']], f['year'], f['hour'],
                                                   f['minute'], f['second'])

    def toInstant(self):
        return self

    def getYear(self):
        return self._fields()['year'] - 1900

    def getMonth(self):
        return self._fields()['month']

    def getDate(self):
        return self._fields()['day']

    def getDay(self):
        return self._fields()['dow'] - 1

    def getHours(self):
        return self._fields()['hour']

    def getMinutes(self):
        return self._fields()['minute']

    def getSeconds(self):
        return self._fields()['second']

    def getTimezoneOffset(self):
        return -self._fields()['offset'] // 60000


# --- Calendar --------------------------------------------------------------------------------------------
class Calendar(Object):
    ERA, YEAR, MONTH, WEEK_OF_YEAR, WEEK_OF_MONTH, DATE, DAY_OF_MONTH, DAY_OF_YEAR, DAY_OF_WEEK = 0, 1, 2, 3, 4, 5, 5, 6, 7
    DAY_OF_WEEK_IN_MONTH, AM_PM, HOUR, HOUR_OF_DAY, MINUTE, SECOND, MILLISECOND = 8, 9, 10, 11, 12, 13, 14
    ZONE_OFFSET, DST_OFFSET = 15, 16
    JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER = range(12)
    UNDECIMBER = 12
    SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = range(1, 8)
    AM, PM = 0, 1

    @staticmethod
    def getInstance(zone=None, locale=None):
        if isinstance(zone, Locale):
            zone = None
        cal = GregorianCalendar()
        if zone is not None:
            cal.setTimeZone(zone)
        return cal

    def __init__(self):
        self._zone = TimeZone.getDefault()
        self._ms = _psjava.now_millis()
        self._pending = []

    # Java computes fields lazily: set() calls are kept and applied together at the next read.
    def _resolve(self):
        if not self._pending:
            return
        f = _psjava.local_fields(self._ms, self._zone)
        year, month, day = f['year'], f['month'], f['day']
        hour, minute, second, millis = f['hour'], f['minute'], f['second'], f['millis']
        doy = None
        half = None
        for field, value in self._pending:
            if field == Calendar.YEAR:
                year = value
            elif field == Calendar.MONTH:
                month = value
            elif field == Calendar.DAY_OF_MONTH:
                day, doy = value, None
            elif field == Calendar.DAY_OF_YEAR:
                doy = value
            elif field == Calendar.HOUR_OF_DAY:
                hour, half = value, None
            elif field == Calendar.HOUR:
                half = ('hour', value)
            elif field == Calendar.AM_PM:
                hour = hour % 12 + 12 * value
            elif field == Calendar.MINUTE:
                minute = value
            elif field == Calendar.SECOND:
                second = value
            elif field == Calendar.MILLISECOND:
                millis = value
            elif field == Calendar.DAY_OF_WEEK:
                day = day + (value - f['dow'])
            else:
                raise IllegalArgumentException(u'field %d cannot be set in the sandbox' % field)
        if half is not None:
            hour = (12 if hour >= 12 else 0) + half[1]
        if doy is not None:
            month, day = 0, doy
        self._pending = []
        self._ms = long(_psjava.from_local(year, month, day, hour, minute, second, millis, self._zone))

    def _fields(self):
        self._resolve()
        return _psjava.local_fields(self._ms, self._zone)

    def get(self, field):
        f = self._fields()
        if field == Calendar.ERA:
            return 1 if f['year'] > 0 else 0
        if field == Calendar.YEAR:
            return f['year']
        if field == Calendar.MONTH:
            return f['month']
        if field == Calendar.DAY_OF_MONTH:
            return f['day']
        if field == Calendar.DAY_OF_YEAR:
            return f['doy']
        if field == Calendar.DAY_OF_WEEK:
            return f['dow']
        if field == Calendar.WEEK_OF_YEAR:
            return _psjava.week_of_year(f)
        if field == Calendar.WEEK_OF_MONTH:
            return _psjava.week_of_month(f)
        if field == Calendar.DAY_OF_WEEK_IN_MONTH:
            return (f['day'] - 1) // 7 + 1
        if field == Calendar.AM_PM:
            return 1 if f['hour'] >= 12 else 0
        if field == Calendar.HOUR:
            return f['hour'] % 12
        if field == Calendar.HOUR_OF_DAY:
            return f['hour']
        if field == Calendar.MINUTE:
            return f['minute']
        if field == Calendar.SECOND:
            return f['second']
        if field == Calendar.MILLISECOND:
            return f['millis']
        if field == Calendar.ZONE_OFFSET:
            return self._zone.getRawOffset()
        if field == Calendar.DST_OFFSET:
            return f['offset'] - self._zone.getRawOffset()
        raise IndexOutOfBoundsException(u'Index %d out of bounds for length 17' % field)

    def set(self, *args):
        if len(args) == 2:
            self._pending.append((args[0], args[1]))
            return
        if 3 <= len(args) <= 6:
            fields = (Calendar.YEAR, Calendar.MONTH, Calendar.DAY_OF_MONTH, Calendar.HOUR_OF_DAY, Calendar.MINUTE,
                      Calendar.SECOND)
            for field, value in zip(fields, args):
                self._pending.append((field, value))
            return
        raise TypeError('set(): expected 2 or 3-6 args; got %d' % len(args))

    def add(self, field, amount):
        if amount == 0:
            return
        f = self._fields()
        if field in (Calendar.YEAR, Calendar.MONTH):
            months = f['year'] * 12 + f['month'] + (amount * 12 if field == Calendar.YEAR else amount)
            year, month = months // 12, months % 12
            day = min(f['day'], _psjava.month_length(year, month))
            self._ms = long(_psjava.from_local(year, month, day, f['hour'], f['minute'], f['second'], f['millis'],
                                               self._zone))
        elif field in (Calendar.DAY_OF_MONTH, Calendar.DAY_OF_YEAR, Calendar.DAY_OF_WEEK,
                       Calendar.WEEK_OF_YEAR, Calendar.WEEK_OF_MONTH, Calendar.DAY_OF_WEEK_IN_MONTH):
            days = amount * (7 if field in (Calendar.WEEK_OF_YEAR, Calendar.WEEK_OF_MONTH,
                                            Calendar.DAY_OF_WEEK_IN_MONTH) else 1)
            self._ms = long(_psjava.from_local(f['year'], f['month'], f['day'] + days, f['hour'], f['minute'],
                                               f['second'], f['millis'], self._zone))
        else:
            unit = {Calendar.HOUR: 3600000, Calendar.HOUR_OF_DAY: 3600000, Calendar.MINUTE: 60000,
                    Calendar.SECOND: 1000, Calendar.MILLISECOND: 1, Calendar.AM_PM: 43200000}.get(field)
            if unit is None:
                raise IllegalArgumentException()
            self._ms += amount * unit

    def getTime(self):
        self._resolve()
        return Date(self._ms)

    def setTime(self, date):
        self._pending = []
        self._ms = date.getTime()

    def getTimeInMillis(self):
        self._resolve()
        return long(self._ms)

    def setTimeInMillis(self, millis):
        self._pending = []
        self._ms = long(millis)

    def getTimeZone(self):
        return self._zone

    def setTimeZone(self, zone):
        self._resolve()
        self._zone = zone

    def getFirstDayOfWeek(self):
        return Calendar.SUNDAY

    def getMinimalDaysInFirstWeek(self):
        return 1

    def isLenient(self):
        return True

    def clear(self):
        self._pending = []
        self._ms = long(_psjava.from_local(1970, 0, 1, 0, 0, 0, 0, self._zone))

    def getActualMaximum(self, field):
        f = self._fields()
        if field == Calendar.DAY_OF_MONTH:
            return _psjava.month_length(f['year'], f['month'])
        if field == Calendar.DAY_OF_YEAR:
            return 366 if _psjava.is_leap(f['year']) else 365
        return {Calendar.MONTH: 11, Calendar.HOUR_OF_DAY: 23, Calendar.HOUR: 11, Calendar.MINUTE: 59,
                Calendar.SECOND: 59, Calendar.MILLISECOND: 999, Calendar.DAY_OF_WEEK: 7}[field]

    def getActualMinimum(self, field):
        return 1 if field in (Calendar.DAY_OF_MONTH, Calendar.DAY_OF_YEAR, Calendar.DAY_OF_WEEK) else 0

    def before(self, other):
        return isinstance(other, Calendar) and self.getTimeInMillis() < other.getTimeInMillis()

    def after(self, other):
        return isinstance(other, Calendar) and self.getTimeInMillis() > other.getTimeInMillis()

    def compareTo(self, other):
        a, b = self.getTimeInMillis(), other.getTimeInMillis()
        return (a > b) - (a < b)

    def equals(self, other):
        return isinstance(other, Calendar) and self.getTimeInMillis() == other.getTimeInMillis() and \
            self._zone.equals(other._zone)

    def clone(self):
        self._resolve()
        c = GregorianCalendar()
        c._zone, c._ms = self._zone, self._ms
        return c


class GregorianCalendar(Calendar):
    AD, BC = 1, 0

    def __init__(self, *args):
        Calendar.__init__(self)
        if len(args) == 1 and isinstance(args[0], TimeZone):
            self._zone = args[0]
        elif len(args) >= 3:
            fields = list(args) + [0] * (6 - len(args))
            self._ms = long(_psjava.from_local(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], 0,
                                               self._zone))
        elif args and not isinstance(args[0], Locale):
            raise TypeError('GregorianCalendar(): expected 0, 1 or 3-6 args; got %d' % len(args))

    def isLeapYear(self, year):
        return _psjava.is_leap(year)


# --- Locale ----------------------------------------------------------------------------------------------
class Locale(Object):
    def __init__(self, language, country=u'', variant=u''):
        self._language = _psjava.java_str(language).lower()
        self._country = _psjava.java_str(country).upper()

    @staticmethod
    def getDefault():
        language, _, country = _psjava._psenv.default_locale().partition('_')
        return Locale(language, country)

    def getLanguage(self):
        return self._language

    def getCountry(self):
        return self._country

    def getVariant(self):
        return u''

    def getDisplayLanguage(self, locale=None):
        return unicode(_psjava._psenv.display_name('language', self._language)) if self._language else u''

    def getDisplayCountry(self, locale=None):
        return unicode(_psjava._psenv.display_name('region', self._country)) if self._country else u''

    def getDisplayName(self, locale=None):
        language, country = self.getDisplayLanguage(), self.getDisplayCountry()
        if language and country:
            return u'%s (%s)' % (language, country)
        return language or country

    def toLanguageTag(self):
        return self._language + (u'-' + self._country if self._country else u'')

    def toString(self):
        return self._language + (u'_' + self._country if self._country else u'')

    def equals(self, other):
        return isinstance(other, Locale) and self.toString() == other.toString()

    __eq__ = equals

    def __ne__(self, other):
        return not self.equals(other)

    def __hash__(self):
        return hash(self.toString())

    def hashCode(self):
        return hash(self.toString())


for _name, _lang, _country in [('US', 'en', 'US'), ('UK', 'en', 'GB'), ('ENGLISH', 'en', ''), ('CANADA', 'en', 'CA'),
                               ('FRANCE', 'fr', 'FR'), ('FRENCH', 'fr', ''), ('GERMANY', 'de', 'DE'),
                               ('GERMAN', 'de', ''), ('ITALY', 'it', 'IT'), ('ITALIAN', 'it', ''),
                               ('JAPAN', 'ja', 'JP'), ('JAPANESE', 'ja', ''), ('CHINA', 'zh', 'CN'),
                               ('CANADA_FRENCH', 'fr', 'CA'), ('ROOT', '', '')]:
    setattr(Locale, _name, Locale(_lang, _country))


# --- UUID ------------------------------------------------------------------------------------------------
def _signed64(value):
    value &= (1 << 64) - 1
    return long(value - (1 << 64) if value >= 1 << 63 else value)


class UUID(Object):
    def __init__(self, most, least):
        self._value = ((long(most) & ((1 << 64) - 1)) << 64) | (long(least) & ((1 << 64) - 1))

    @staticmethod
    def randomUUID():
        value = _random.getrandbits(128)
        value = (value & ~(0xf << 76)) | (4 << 76)
        value = (value & ~(0x3 << 62)) | (0x2 << 62)
        return UUID(value >> 64, value)

    @staticmethod
    def fromString(text):
        text = _psjava.java_str(text)
        parts = text.split(u'-')
        if len(parts) != 5:
            raise IllegalArgumentException(u'Invalid UUID string: ' + text)
        try:
            p = [long(x, 16) for x in parts]
        except ValueError:
            raise IllegalArgumentException(u'Invalid UUID string: ' + text)
        most = (p[0] << 32) | (p[1] << 16) | p[2]
        least = (p[3] << 48) | p[4]
        return UUID(most, least)

    @staticmethod
    def nameUUIDFromBytes(data):
        import hashlib
        if isinstance(data, unicode):
            data = data.encode('utf-8')
        elif isinstance(data, (list, tuple)):
            data = ''.join(chr(b & 0xff) for b in data)
        value = long(hashlib.md5(data).hexdigest(), 16)
        value = (value & ~(0xf << 76)) | (3 << 76)
        value = (value & ~(0x3 << 62)) | (0x2 << 62)
        return UUID(value >> 64, value)

    def getMostSignificantBits(self):
        return _signed64(self._value >> 64)

    def getLeastSignificantBits(self):
        return _signed64(self._value)

    def version(self):
        return int((self._value >> 76) & 0xf)

    def variant(self):
        top = (self._value >> 61) & 0x7
        if top >> 2 == 0:
            return 0
        if top >> 1 == 2:
            return 2
        return int(top)

    def toString(self):
        h = u'%032x' % self._value
        return u'-'.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])

    def equals(self, other):
        return isinstance(other, UUID) and other._value == self._value

    __eq__ = equals

    def __ne__(self, other):
        return not self.equals(other)

    def hashCode(self):
        x = self.getMostSignificantBits() ^ self.getLeastSignificantBits()
        return int(((x >> 32) ^ x) & 0xffffffff)

    def __hash__(self):
        return hash(self._value)

    def compareTo(self, other):
        a = (self.getMostSignificantBits(), self.getLeastSignificantBits())
        b = (other.getMostSignificantBits(), other.getLeastSignificantBits())
        return (a > b) - (a < b)


# --- collections -----------------------------------------------------------------------------------------
def _java_hash(value):
    """hashCode() of a value as Jython stores it (String, Integer, Long, Double, Boolean, null)."""
    if value is None:
        return 0
    if value is True:
        return 1231
    if value is False:
        return 1237
    if isinstance(value, basestring):
        h = 0
        for ch in (value if isinstance(value, unicode) else value.decode('utf-8')):
            code = ord(ch)
            units = [code] if code < 0x10000 else [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)]
            for u in units:
                h = (31 * h + u) & 0xffffffff
        return h
    if isinstance(value, (int, long)):
        if -2147483648 <= value <= 2147483647:
            return value & 0xffffffff
        return (value ^ (value >> 32)) & 0xffffffff
    if isinstance(value, float):
        import struct
        bits = struct.unpack('>q', struct.pack('>d', value))[0]
        return (bits ^ (bits >> 32)) & 0xffffffff
    code = getattr(value, 'hashCode', None)
    if code is not None:
        return code() & 0xffffffff
    return hash(value) & 0xffffffff


class ArrayList(Object):
    """java.util.ArrayList; Jython also gives it Python's list protocol (len, [i], iteration, in)."""

    def __init__(self, source=None):
        if source is None or isinstance(source, (int, long)):
            self._items = []
        else:
            self._items = [_psjava.to_java(x) for x in source]

    def _check(self, index, size):
        if not 0 <= index < size:
            raise IndexOutOfBoundsException(u'Index %d out of bounds for length %d' % (index, size))

    def add(self, *args):
        if len(args) == 1:
            self._items.append(_psjava.to_java(args[0]))
            return True
        index, value = args
        if not 0 <= index <= len(self._items):
            raise IndexOutOfBoundsException(u'Index: %d, Size: %d' % (index, len(self._items)))
        self._items.insert(index, _psjava.to_java(value))

    def addAll(self, items):
        items = [_psjava.to_java(x) for x in items]
        self._items.extend(items)
        return bool(items)

    def get(self, index):
        self._check(index, len(self._items))
        return self._items[index]

    def set(self, index, value):
        self._check(index, len(self._items))
        old = self._items[index]
        self._items[index] = _psjava.to_java(value)
        return old

    def remove(self, item):
        if isinstance(item, (int, long)) and not isinstance(item, bool):
            self._check(item, len(self._items))
            return self._items.pop(item)
        # Jython gives java.util.List Python's list.remove for a non-index argument.
        self._items.remove(item)

    def size(self):
        return len(self._items)

    def isEmpty(self):
        return not self._items

    def contains(self, item):
        return item in self._items

    def indexOf(self, item):
        return self._items.index(item) if item in self._items else -1

    def lastIndexOf(self, item):
        for i in range(len(self._items) - 1, -1, -1):
            if self._items[i] == item:
                return i
        return -1

    def clear(self):
        del self._items[:]

    def subList(self, start, end):
        return ArrayList(self._items[start:end])

    def toArray(self):
        return list(self._items)

    def iterator(self):
        return iter(list(self._items))

    def sort(self, comparator=None):
        if comparator is None:
            self._items.sort()
        else:
            self._items.sort(cmp=getattr(comparator, 'compare', comparator))

    def equals(self, other):
        return isinstance(other, ArrayList) and other._items == self._items

    def hashCode(self):
        h = 1
        for x in self._items:
            h = (31 * h + _java_hash(x)) & 0xffffffff
        return h

    def toString(self):
        return u'[' + u', '.join(_psjava.java_str(x) for x in self._items) + u']'

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return ArrayList(self._items[index])
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = _psjava.to_java(value)

    def __contains__(self, item):
        return item in self._items

    def __eq__(self, other):
        if isinstance(other, ArrayList):
            return other._items == self._items
        return isinstance(other, list) and other == self._items

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return self.hashCode()


class _MapEntry(Object):
    def __init__(self, owner, key):
        self._owner, self._key = owner, key

    def getKey(self):
        return self._key

    def getValue(self):
        return self._owner.get(self._key)

    def setValue(self, value):
        return self._owner.put(self._key, value)

    def toString(self):
        return u'%s=%s' % (_psjava.java_str(self._key), _psjava.java_str(self.getValue()))


class _View(ArrayList):
    """keySet(), values() and entrySet(): a snapshot in the map's iteration order."""

    def toString(self):
        return ArrayList.toString(self)


class HashMap(Object):
    """java.util.HashMap: Java's iteration order (buckets of the key hash codes, capacity 16 doubling past a
    0.75 load); Jython prints a Map like a dict and gives it the dict protocol."""

    def __init__(self, source=None):
        self._map = {}
        self._order = []
        self._capacity = 16
        if isinstance(source, (int, long)):
            capacity = 1
            while capacity < source:
                capacity *= 2
            self._capacity = max(capacity, 1)
        elif source is not None:
            self.putAll(source)

    def _bucket(self, key):
        h = _java_hash(key)
        return (h ^ (h >> 16)) & (self._capacity - 1)

    def _ordered_keys(self):
        return sorted(self._order, key=lambda k: self._bucket(k))

    def put(self, key, value):
        key, value = _psjava.to_java(key), _psjava.to_java(value)
        old = self._map.get(key)
        if key not in self._map:
            self._order.append(key)
            if len(self._order) > self._capacity * 3 // 4:
                self._capacity *= 2
        self._map[key] = value
        return old

    def putAll(self, other):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self.put(k, v)

    def putIfAbsent(self, key, value):
        if self._map.get(key) is None:
            return self.put(key, value)
        return self._map[key]

    def get(self, key, default=None):
        return self._map.get(key, default)

    def getOrDefault(self, key, default):
        return self._map[key] if key in self._map else default

    def containsKey(self, key):
        return key in self._map

    def containsValue(self, value):
        return value in self._map.values()

    def remove(self, key):
        if key not in self._map:
            return None
        self._order.remove(key)
        return self._map.pop(key)

    def size(self):
        return len(self._map)

    def isEmpty(self):
        return not self._map

    def clear(self):
        self._map.clear()
        del self._order[:]

    def keySet(self):
        return _View(self._ordered_keys())

    def values(self):
        return _View([self._map[k] for k in self._ordered_keys()])

    def entrySet(self):
        return _View([_MapEntry(self, k) for k in self._ordered_keys()])

    def keys(self):
        return self._ordered_keys()

    def items(self):
        return [(k, self._map[k]) for k in self._ordered_keys()]

    def iteritems(self):
        return iter(self.items())

    def toString(self):
        return u'{' + u', '.join(u'%s=%s' % (_psjava.java_str(k), _psjava.java_str(self._map[k]))
                                 for k in self._ordered_keys()) + u'}'

    def __str__(self):
        return '{' + ', '.join('%r: %r' % (k, self._map[k]) for k in self._ordered_keys()) + '}'

    __repr__ = __str__

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        return iter(self._ordered_keys())

    def __getitem__(self, key):
        return self._map[key]

    def __setitem__(self, key, value):
        self.put(key, value)

    def __delitem__(self, key):
        if key not in self._map:
            raise KeyError(key)
        self.remove(key)

    def __contains__(self, key):
        return key in self._map

    def equals(self, other):
        return isinstance(other, HashMap) and other._map == self._map

    def hashCode(self):
        return sum(_java_hash(k) ^ _java_hash(v) for k, v in self._map.items()) & 0xffffffff
