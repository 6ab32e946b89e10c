"""java.text: SimpleDateFormat (Java's pattern letters, lenient parsing, ParseException) and DecimalFormat
(HALF_EVEN rounding, grouping, percent)."""
import _psjava
from java.lang import Object, Exception as _JavaException, IllegalArgumentException
from java.util import Date, TimeZone, Locale

_MONTHS = _psjava.MONTH_NAMES
_DAYS = _psjava.DAY_NAMES
_NUMERIC = 'yYMLdDFwWuHkKhmsS'


class ParseException(_JavaException):
    def __init__(self, message, errorOffset=0):
        _JavaException.__init__(self, message)
        self._offset = errorOffset

    def getErrorOffset(self):
        return self._offset


def _compile(pattern):
    """[(letter, count) | (None, literal)] of a SimpleDateFormat pattern."""
    out = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "'":
            if i + 1 < n and pattern[i + 1] == "'":
                out.append((None, u"'"))
                i += 2
                continue
            j = i + 1
            text = []
            while j < n:
                if pattern[j] == "'":
                    if j + 1 < n and pattern[j + 1] == "'":
                        text.append(u"'")
                        j += 2
                        continue
                    break
                text.append(pattern[j])
                j += 1
            if j >= n:
                raise IllegalArgumentException(u'Unterminated quote')
            out.append((None, u''.join(text)))
            i = j + 1
        elif ('a' <= c <= 'z') or ('A' <= c <= 'Z'):
            if c not in 'GyYMLwWDdFEuaHkKhmsSzZX':
                raise IllegalArgumentException(u"Illegal pattern character '%s'" % c)
            j = i
            while j < n and pattern[j] == c:
                j += 1
            out.append((c, j - i))
            i = j
        else:
            out.append((None, c))
            i += 1
    return out


def _offset_text(offset, colon, z_for_zero):
    if z_for_zero and offset == 0:
        return u'Z'
    sign = u'-' if offset < 0 else u'+'
    minutes = abs(offset) // 60000
    return u'%s%02d%s%02d' % (sign, minutes // 60, u':' if colon else u'', minutes % 60)


class SimpleDateFormat(Object):
    def __init__(self, pattern=u'M/d/yy h:mm a', locale=None):
        self._pattern = _psjava.java_str(pattern)
        self._items = _compile(self._pattern)
        self._zone = TimeZone.getDefault()
        self._lenient = True

    def toPattern(self):
        return self._pattern

    def applyPattern(self, pattern):
        self._items = _compile(_psjava.java_str(pattern))
        self._pattern = _psjava.java_str(pattern)

    def setTimeZone(self, zone):
        self._zone = zone

    def getTimeZone(self):
        return self._zone

    def setLenient(self, lenient):
        self._lenient = bool(lenient)

    def isLenient(self):
        return self._lenient

    # --- format ---
    def format(self, date):
        if isinstance(date, (int, long, float)):
            date = Date(long(date))
        ms = date.getTime()
        f = _psjava.local_fields(ms, self._zone)
        out = []
        for letter, count in self._items:
            if letter is None:
                out.append(count)
            else:
                out.append(self._field(letter, count, f, ms))
        return u''.join(out)

    def _field(self, letter, count, f, ms):
        num = lambda v: unicode(v).rjust(count, u'0')
        if letter == 'G':
            return u'AD' if f['year'] > 0 else u'BC'
        if letter in 'yY':
            year = f['year'] if f['year'] > 0 else 1 - f['year']
            return (u'%02d' % (year % 100)) if count == 2 else num(year)
        if letter in 'ML':
            if count >= 4:
                return unicode(_MONTHS[f['month']])
            if count == 3:
                return unicode(_MONTHS[f['month']][:3])
            return num(f['month'] + 1)
        if letter == 'd':
            return num(f['day'])
        if letter == 'D':
            return num(f['doy'])
        if letter == 'E':
            name = _DAYS[f['dow'] - 1]
            return unicode(name if count >= 4 else name[:3])
        if letter == 'u':
            return num((f['dow'] + 5) % 7 + 1)
        if letter == 'F':
            return num((f['day'] - 1) // 7 + 1)
        if letter == 'w':
            return num(_psjava.week_of_year(f))
        if letter == 'W':
            return num(_psjava.week_of_month(f))
        if letter == 'a':
            return u'PM' if f['hour'] >= 12 else u'AM'
        if letter == 'H':
            return num(f['hour'])
        if letter == 'k':
            return num(f['hour'] or 24)
        if letter == 'K':
            return num(f['hour'] % 12)
        if letter == 'h':
            return num(f['hour'] % 12 or 12)
        if letter == 'm':
            return num(f['minute'])
        if letter == 's':
            return num(f['second'])
        if letter == 'S':
            return num(f['millis'])
        if letter == 'z':
            return self._zone.name_at(ms, count >= 4)
        if letter == 'Z':
            return _offset_text(f['offset'], False, False)
        if letter == 'X':
            if count == 1:
                text = _offset_text(f['offset'], False, True)
                return text if text == u'Z' else text[:3]
            return _offset_text(f['offset'], count >= 3, True)
        raise IllegalArgumentException(u"Illegal pattern character '%s'" % letter)

    # --- parse ---
    def parse(self, text):
        text = _psjava.java_str(text)
        result = self._parse(text)
        if result is None:
            raise ParseException(u'Unparseable date: "%s"' % text, 0)
        return result

    def _parse(self, text):
        from java.util import Calendar
        f = {'year': 1970, 'month': 0, 'day': 1, 'hour': 0, 'minute': 0, 'second': 0, 'millis': 0}
        pm, hour12, offset, doy = None, None, None, None
        pos = 0
        items = self._items
        for index, (letter, count) in enumerate(items):
            if letter is None:
                if not text.startswith(count, pos):
                    return None
                pos += len(count)
                continue
            following = items[index + 1][0] if index + 1 < len(items) else None
            abutting = following is not None and following in _NUMERIC
            if letter in _NUMERIC and not (letter in 'ML' and count >= 3):
                start = pos
                sign = 1
                if letter in 'yY' and pos < len(text) and text[pos] in u'+-':
                    sign = -1 if text[pos] == u'-' else 1
                    pos += 1
                limit = len(text) if not abutting else min(len(text), pos + count)
                end = pos
                while end < limit and text[end].isdigit():
                    end += 1
                if end == pos:
                    return None
                value = int(text[pos:end]) * sign
                digits = end - pos
                pos = end
                if letter in 'yY':
                    if count <= 2 and digits == 2 and sign == 1:
                        value = self._two_digit_year(value)
                    f['year'] = value
                elif letter in 'ML':
                    f['month'] = value - 1
                elif letter == 'd':
                    f['day'] = value
                elif letter == 'D':
                    doy = value
                elif letter == 'H':
                    f['hour'] = value
                elif letter == 'k':
                    f['hour'] = 0 if value == 24 else value
                elif letter in 'Kh':
                    hour12 = 0 if (letter == 'h' and value == 12) else value
                elif letter == 'm':
                    f['minute'] = value
                elif letter == 's':
                    f['second'] = value
                elif letter == 'S':
                    f['millis'] = value
                continue
            if letter in 'ML':
                found = self._match_name(text, pos, _MONTHS)
                if found is None:
                    return None
                f['month'], pos = found
            elif letter == 'E':
                found = self._match_name(text, pos, _DAYS)
                if found is None:
                    return None
                pos = found[1]
            elif letter == 'a':
                found = self._match_name(text, pos, ['AM', 'PM'], 2)
                if found is None:
                    return None
                pm, pos = found[0] == 1, found[1]
            elif letter == 'G':
                found = self._match_name(text, pos, ['AD', 'BC'], 2)
                if found is None:
                    return None
                pos = found[1]
            elif letter in 'zZX':
                found = self._match_zone(text, pos)
                if found is None:
                    return None
                offset, pos = found
        if hour12 is not None:
            f['hour'] = hour12 + (12 if pm else 0)
        elif pm is not None and f['hour'] < 12 and pm:
            f['hour'] += 12
        if doy is not None:
            f['month'], f['day'] = 0, doy
        if offset is None:
            ms = _psjava.from_local(f['year'], f['month'], f['day'], f['hour'], f['minute'], f['second'],
                                    f['millis'], self._zone)
        else:
            ms = _psjava.from_local(f['year'], f['month'], f['day'], f['hour'], f['minute'], f['second'],
                                    f['millis'], TimeZone(u'GMT', 0)) - offset
        if not self._lenient and not self._valid(f):
            return None
        return Date(ms)

    def _valid(self, f):
        return (0 <= f['month'] <= 11 and 1 <= f['day'] <= _psjava.month_length(f['year'], f['month']) and
                0 <= f['hour'] <= 23 and 0 <= f['minute'] <= 59 and 0 <= f['second'] <= 59)

    def _two_digit_year(self, value):
        now_year = _psjava.civil_from_days(_psjava.now_millis() // _psjava.DAY_MS)[0]
        start = now_year - 80
        year = start - start % 100 + value
        if year < start:
            year += 100
        return year

    def _match_name(self, text, pos, names, short=3):
        best = None
        lower = text[pos:].lower()
        for i, name in enumerate(names):
            for candidate in (name, name[:short]):
                if lower.startswith(candidate.lower()) and (best is None or len(candidate) > best[1] - pos):
                    best = (i, pos + len(candidate))
        return best

    def _match_zone(self, text, pos):
        rest = text[pos:]
        if rest[:1] == u'Z':
            return 0, pos + 1
        for prefix in (u'GMT', u'UTC'):
            if rest.startswith(prefix):
                sub = self._match_numeric_offset(rest[3:])
                if sub is None:
                    return 0, pos + 3
                return sub[0], pos + 3 + sub[1]
        sub = self._match_numeric_offset(rest)
        if sub is not None:
            return sub[0], pos + sub[1]
        for zone in (self._zone, TimeZone.getDefault()):
            for daylight in (False, True):
                name = zone.getDisplayName(daylight, TimeZone.SHORT)
                if name and rest.startswith(name):
                    return zone.getRawOffset() + (zone.getDSTSavings() if daylight else 0), pos + len(name)
        return None

    def _match_numeric_offset(self, rest):
        if rest[:1] not in (u'+', u'-'):
            return None
        sign = -1 if rest[0] == u'-' else 1
        body = rest[1:]
        if len(body) >= 5 and body[2] == u':' and body[:2].isdigit() and body[3:5].isdigit():
            return sign * (int(body[:2]) * 60 + int(body[3:5])) * 60000, 6
        if len(body) >= 4 and body[:4].isdigit():
            return sign * (int(body[:2]) * 60 + int(body[2:4])) * 60000, 5
        if len(body) >= 2 and body[:2].isdigit():
            return sign * int(body[:2]) * 3600000, 3
        return None


class DecimalFormat(Object):
    """java.text.DecimalFormat(pattern): digits (0 and #), grouping, fraction, percent/per-mille, literal
    prefix and suffix; rounds HALF_EVEN on the double's exact value, as the JDK does."""

    def __init__(self, pattern=u'#,##0.###'):
        self.applyPattern(pattern)

    def applyPattern(self, pattern):
        pattern = _psjava.java_str(pattern)
        self._pattern = pattern
        positive = pattern.split(u';')[0]
        i = 0
        prefix, suffix, number = [], [], []
        while i < len(positive) and positive[i] not in u'#0,.':
            prefix.append(positive[i])
            i += 1
        while i < len(positive) and positive[i] in u'#0,.E':
            number.append(positive[i])
            i += 1
        suffix = list(positive[i:])
        self._prefix = u''.join(prefix).replace(u"'", u'')
        self._suffix = u''.join(suffix).replace(u"'", u'')
        number = u''.join(number)
        whole, _, frac = number.partition(u'.')
        self._grouping = len(whole) - whole.rfind(u',') - 1 if u',' in whole else 0
        whole = whole.replace(u',', u'')
        self._min_int = whole.count(u'0')
        self._min_frac = frac.count(u'0')
        self._max_frac = len(frac)
        affixes = self._prefix + self._suffix
        self._multiplier = 100 if u'%' in affixes else (1000 if u'\u2030' in affixes else 1)

    def toPattern(self):
        return self._pattern

    def setMaximumFractionDigits(self, n):
        self._max_frac = n
        self._min_frac = min(self._min_frac, n)

    def setMinimumFractionDigits(self, n):
        self._min_frac = n
        self._max_frac = max(self._max_frac, n)

    def setGroupingUsed(self, used):
        if not used:
            self._grouping = 0

    def format(self, number):
        negative = number < 0
        value = abs(number) * self._multiplier
        if isinstance(value, (int, long)):
            text = str(value) + ('.' + '0' * self._max_frac if self._max_frac else '')
        else:
            text = '%.*f' % (self._max_frac, value)
        whole, _, frac = text.partition('.')
        frac = frac.rstrip('0')
        if len(frac) < self._min_frac:
            frac += '0' * (self._min_frac - len(frac))
        whole = whole.lstrip('0')
        if len(whole) < self._min_int:
            whole = '0' * (self._min_int - len(whole)) + whole
        if self._grouping:
            groups = []
            while len(whole) > self._grouping:
                groups.insert(0, whole[-self._grouping:])
                whole = whole[:-self._grouping]
            groups.insert(0, whole)
            whole = ','.join(g for g in groups if g)
        body = whole + ('.' + frac if frac else '')
        if not body:
            body = '0'
        return (u'-' if negative else u'') + self._prefix + unicode(body) + self._suffix
