"""Shared helpers of the java.* shims: Java's toString of values, the calendar arithmetic of
java.util.GregorianCalendar (proleptic Gregorian, days since 1970-01-01) and time zones (through _psenv,
the isolate's Intl data). Internal: scripts import java.*, not this module."""
import _psenv

DAY_MS = 86400000
MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
               'October', 'November', 'December']
DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

# Java's short names where the isolate's Intl (en-US) has only "GMT+9" and the like, by English long name.
_SHORT_NAMES = {
    'Japan Standard Time': 'JST', 'Korean Standard Time': 'KST', 'China Standard Time': 'CST',
    'India Standard Time': 'IST', 'Central European Standard Time': 'CET', 'Central European Summer Time': 'CEST',
    'Eastern European Standard Time': 'EET', 'Eastern European Summer Time': 'EEST',
    'Western European Standard Time': 'WET', 'Western European Summer Time': 'WEST',
    'Greenwich Mean Time': 'GMT', 'British Summer Time': 'BST', 'Irish Standard Time': 'IST',
    'Australian Eastern Standard Time': 'AEST', 'Australian Eastern Daylight Time': 'AEDT',
    'Australian Central Standard Time': 'ACST', 'Australian Central Daylight Time': 'ACDT',
    'Australian Western Standard Time': 'AWST', 'New Zealand Standard Time': 'NZST',
    'New Zealand Daylight Time': 'NZDT', 'Singapore Standard Time': 'SGT', 'Hong Kong Standard Time': 'HKT',
    'Brasilia Standard Time': 'BRT', 'Moscow Standard Time': 'MSK', 'Gulf Standard Time': 'GST',
}


def java_str(value):
    """What Java's String.valueOf gives for a value coming from Python (as Jython converts it)."""
    if value is None:
        return u'null'
    if value is True:
        return u'true'
    if value is False:
        return u'false'
    if isinstance(value, float):
        return double_to_string(value)
    if isinstance(value, (int, long)):
        return unicode(value)
    if isinstance(value, basestring):
        return value if isinstance(value, unicode) else value.decode('utf-8')
    to_string = getattr(value, 'toString', None)
    if to_string is not None:
        return to_string()
    return unicode(value)


def to_java(value):
    """A Python value as Jython stores it in a Java collection: str becomes unicode (a java.lang.String)."""
    if isinstance(value, str):
        return value.decode('utf-8')
    return value


def double_to_string(x):
    """Double.toString: plain decimal for 1e-3 <= |x| < 1e7, else d.dddE[-]n; shortest digits."""
    if x != x:
        return u'NaN'
    if x in (float('inf'), float('-inf')):
        return u'Infinity' if x > 0 else u'-Infinity'
    if x == 0:
        return u'-0.0' if str(x).startswith('-') else u'0.0'
    sign = u'-' if x < 0 else u''
    text = repr(abs(x))
    if 'e' in text:
        mantissa, exp = text.split('e')
        exp = int(exp)
    else:
        mantissa, exp = text, 0
    if '.' in mantissa:
        whole, frac = mantissa.split('.')
    else:
        whole, frac = mantissa, ''
    digits = (whole + frac).lstrip('0')
    point = len(whole) + exp - (len(whole + frac) - len((whole + frac).lstrip('0')))
    digits = digits.rstrip('0') or '0'
    # value = 0.digits * 10**point
    ax = abs(x)
    if 1e-3 <= ax < 1e7:
        if point <= 0:
            return sign + u'0.' + u'0' * (-point) + digits
        if point >= len(digits):
            return sign + digits + u'0' * (point - len(digits)) + u'.0'
        return sign + digits[:point] + u'.' + digits[point:]
    return sign + digits[0] + u'.' + (digits[1:] or u'0') + u'E' + unicode(point - 1)


# --- calendar arithmetic ------------------------------------------------------------------------------
def days_from_civil(y, m, d):
    """Days since 1970-01-01 of the proleptic Gregorian date y-m-d (m 1..12)."""
    if m <= 2:
        y -= 1
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    """(year, month 1..12, day) of a day number (days since 1970-01-01)."""
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_length(y, m0):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m0]


def local_fields(ms, zone):
    """The wall-clock fields of instant `ms` in `zone` (a java.util.TimeZone)."""
    offset = zone.getOffset(ms)
    local = ms + offset
    days = local // DAY_MS
    in_day = local - days * DAY_MS
    y, m, d = civil_from_days(days)
    jan1 = days_from_civil(y, 1, 1)
    return {
        'year': y, 'month': m - 1, 'day': d, 'hour': in_day // 3600000, 'minute': in_day // 60000 % 60,
        'second': in_day // 1000 % 60, 'millis': in_day % 1000, 'dow': (days + 4) % 7 + 1,
        'doy': days - jan1 + 1, 'days': days, 'offset': offset, 'jan1_dow': (jan1 + 4) % 7 + 1,
    }


def from_local(year, month0, day, hour, minute, second, millis, zone):
    """The instant whose wall clock in `zone` shows these fields; out-of-range fields roll over (lenient)."""
    year += month0 // 12
    month0 %= 12
    local = ((days_from_civil(year, month0 + 1, 1) + day - 1) * DAY_MS + hour * 3600000 + minute * 60000 +
             second * 1000 + millis)
    guess = local - zone.getOffset(local)
    return local - zone.getOffset(guess)


def week_of_year(f):
    """WEEK_OF_YEAR with Sunday as the first day and 1 minimal day (en_US)."""
    year_end = days_from_civil(f['year'] + 1, 1, 1)
    next_week1 = year_end - (year_end + 4) % 7
    if f['days'] >= next_week1:
        return 1
    return (f['doy'] - 1 + f['jan1_dow'] - 1) // 7 + 1


def week_of_month(f):
    first = f['days'] - f['day'] + 1
    return (f['day'] - 1 + (first + 4) % 7) // 7 + 1


# --- time zones ---------------------------------------------------------------------------------------
def zone_offset(zone_id, ms):
    return _psenv.zone_offset(zone_id, ms)


def zone_name(zone_id, ms, long_style):
    if zone_id in ('GMT', 'Etc/GMT'):
        return u'Greenwich Mean Time' if long_style else u'GMT'
    name = _psenv.zone_name(zone_id, ms, long_style)
    if not long_style and (name.startswith('GMT+') or name.startswith('GMT-')):
        name = _SHORT_NAMES.get(_psenv.zone_name(zone_id, ms, True), name)
    return unicode(name)


def known_zone(zone_id):
    return _psenv.known_zone(zone_id)


def now_millis():
    return long(_psenv.now_millis())


# --- java.util.Formatter (String.format) ----------------------------------------------------------------
_SPEC = None


def _spec():
    # Compiled at the first String.format: importing `re` would cost every `import java.lang` ~3 ms.
    global _SPEC
    if _SPEC is None:
        import re
        _SPEC = re.compile(r'%(\d+\$)?([-#+ 0,(<]*)(\d+)?(\.\d+)?([a-zA-Z%])')
    return _SPEC


_JAVA_TYPE = {int: 'java.lang.Integer', long: 'java.lang.Long', float: 'java.lang.Double',
              bool: 'java.lang.Boolean', str: 'java.lang.String', unicode: 'java.lang.String'}


def _format_error(kind, message):
    import java.util
    return getattr(java.util, kind)(message)


def _java_type_name(value):
    if isinstance(value, (int, long)) and not isinstance(value, bool):
        return 'java.lang.Integer' if -2147483648 <= value <= 2147483647 else 'java.lang.Long'
    return _JAVA_TYPE.get(type(value), 'java.lang.Object')


def _group(digits):
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return ','.join(out)


def round_half_up(x, places):
    """The decimal text of |x| with `places` fraction digits, rounded half up from its shortest repr
    (what java.util.Formatter does for %f)."""
    text = repr(abs(float(x)))
    if 'e' in text or 'E' in text:
        mantissa, exp = text.lower().split('e')
        exp = int(exp)
    else:
        mantissa, exp = text, 0
    whole, _, frac = mantissa.partition('.')
    digits = whole + frac
    point = len(whole) + exp
    if point < 0:
        digits = '0' * (-point) + digits
        point = 0
    elif point > len(digits):
        digits += '0' * (point - len(digits))
    keep = point + places
    if len(digits) <= keep:
        digits += '0' * (keep - len(digits))
        rounded = int(digits or '0')
    else:
        rounded = int(digits[:keep] or '0') + (1 if digits[keep] >= '5' else 0)
    text = str(rounded).rjust(places + 1, '0')
    return text if places == 0 else text[:-places] + '.' + text[-places:]


def _apply_width(text, flags, width, numeric):
    if width is None or len(text) >= width:
        return text
    if '-' in flags:
        return text + ' ' * (width - len(text))
    if '0' in flags and numeric:
        sign = text[0] if text[:1] in ('-', '+', ' ', '(') else ''
        return sign + '0' * (width - len(text)) + text[len(sign):]
    return ' ' * (width - len(text)) + text


def _sign(negative, flags, body):
    if negative:
        return '(' + body + ')' if '(' in flags else '-' + body
    if '+' in flags:
        return '+' + body
    if ' ' in flags:
        return ' ' + body
    return body


def java_format(template, args):
    template = java_str(template)
    out = []
    pos = 0
    ordinary = 0
    for m in _spec().finditer(template):
        out.append(template[pos:m.start()])
        pos = m.end()
        index, flags, width, precision, conv = m.groups()
        width = int(width) if width else None
        precision = int(precision[1:]) if precision else None
        if conv == '%':
            out.append(_apply_width(u'%', flags, width, False))
            continue
        if conv == 'n':
            out.append(u'\n')
            continue
        if index:
            i = int(index[:-1]) - 1
        else:
            i = ordinary
            ordinary += 1
        if i >= len(args):
            raise _format_error('MissingFormatArgumentException', u"Format specifier '%s'" % m.group(0))
        value = args[i]
        lower = conv.lower()
        if lower in ('s', 'b', 'h'):
            if lower == 'b':
                text = u'false' if value is None or value is False else u'true'
            elif lower == 'h':
                text = u'null' if value is None else u'%x' % (hash(value) & 0xffffffff)
            else:
                text = java_str(value)
            if precision is not None:
                text = text[:precision]
            text = _apply_width(text, flags, width, False)
            out.append(text.upper() if conv.isupper() else text)
        elif lower in ('d', 'x', 'o'):
            if value is None:
                out.append(_apply_width(u'null', flags, width, False))
                continue
            if isinstance(value, float) or isinstance(value, bool) or not isinstance(value, (int, long)):
                raise _format_error('IllegalFormatConversionException', u'%s != %s' % (conv, _java_type_name(value)))
            if lower == 'd':
                body = str(abs(value))
                if ',' in flags:
                    body = _group(body)
                text = _sign(value < 0, flags, body)
            else:
                if value < 0:
                    bits = 32 if -2147483648 <= value else 64
                    value += 1 << bits
                body = ('%x' if lower == 'x' else '%o') % value
                if '#' in flags:
                    body = ('0x' if lower == 'x' else '0') + body
                text = body
            text = _apply_width(text, flags, width, True)
            out.append(text.upper() if conv == 'X' else text)
        elif lower in ('f', 'e', 'g'):
            if value is None:
                out.append(_apply_width(u'null', flags, width, False))
                continue
            if not isinstance(value, float):
                raise _format_error('IllegalFormatConversionException', u'%s != %s' % (conv, _java_type_name(value)))
            places = 6 if precision is None else precision
            if value != value or value in (float('inf'), float('-inf')):
                body = 'NaN' if value != value else 'Infinity'
                text = _sign(value < 0, flags, body)
            elif lower == 'f':
                body = round_half_up(value, places)
                if ',' in flags:
                    whole, dot, frac = body.partition('.')
                    body = _group(whole) + dot + frac
                text = _sign(value < 0 or str(value).startswith('-'), flags, body)
            elif lower == 'e':
                body = ('%.' + str(places) + 'e') % abs(value)
                mantissa, exp = body.split('e')
                body = mantissa + 'e' + exp[0] + exp[1:].rjust(2, '0')
                text = _sign(value < 0, flags, body)
            else:
                body = ('%.' + str(places or 1) + 'g') % abs(value)
                text = _sign(value < 0, flags, body)
            text = _apply_width(text, flags, width, True)
            out.append(text.upper() if conv.isupper() else text)
        elif lower == 'c':
            if isinstance(value, (int, long)) and not isinstance(value, bool):
                text = unichr(value)
            else:
                raise _format_error('IllegalFormatConversionException', u'c != %s' % _java_type_name(value))
            text = _apply_width(text, flags, width, False)
            out.append(text.upper() if conv == 'C' else text)
        else:
            raise _format_error('UnknownFormatConversionException', u"Conversion = '%s'" % conv)
    out.append(template[pos:])
    return u''.join(out)
