# _strptime for the sandbox (datetime.strptime uses it): after CPython 2.7's _strptime, C locale only.
# Directives: %a %A %b %B %d %f %H %I %j %m %M %p %S %U %w %W %y %Y %% (and %Z accepts UTC/GMT); no %z, as in 2.7.
import re as _re

__all__ = []

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
           'november', 'december']


def _alternatives(names):
    names = sorted(names, key=len, reverse=True)
    return '|'.join(names)


_DIRECTIVES = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'A': '(?P<A>' + _alternatives(_DAYS) + ')',
    'a': '(?P<a>' + _alternatives([d[:3] for d in _DAYS]) + ')',
    'B': '(?P<B>' + _alternatives(_MONTHS) + ')',
    'b': '(?P<b>' + _alternatives([m[:3] for m in _MONTHS]) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_DIRECTIVES['h'] = _DIRECTIVES['b'].replace('<b>', '<h>')
_DIRECTIVES['e'] = _DIRECTIVES['d'].replace('<d>', '<e>')

_cache = {}


def _pattern(format):
    regex = _cache.get(format)
    if regex is not None:
        return regex
    out = []
    seen = set()
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            if d not in _DIRECTIVES:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            piece = _DIRECTIVES[d]
            if d != '%' and d in seen:
                raise _re.error("redefinition of group name %r as group" % d)
            seen.add(d)
            out.append(piece)
            i += 2
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(_re.escape(c))
            i += 1
    regex = _re.compile(''.join(out), _re.IGNORECASE)
    _cache[format] = regex
    return regex


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, basestring):
            msg = "strptime() argument %d must be str, not %s"
            raise TypeError(msg % (index, type(arg).__name__))
    found = _pattern(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    week_of_year = -1
    week_of_year_start = -1
    weekday = julian = None
    values = found.groupdict()
    for key in values:
        value = values[key]
        if value is None:
            continue
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'm':
            month = int(value)
        elif key in ('B', 'b', 'h'):
            names = _MONTHS if key == 'B' else [m[:3] for m in _MONTHS]
            month = names.index(value.lower()) + 1
        elif key in ('d', 'e'):
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = (values.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key in ('A', 'a'):
            names = _DAYS if key == 'A' else [d[:3] for d in _DAYS]
            weekday = names.index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'Z':
            tz = 0
    if year is None:
        year = 1900
    import datetime as _datetime
    if julian is None and week_of_year != -1 and weekday is not None:
        first = _datetime.date(year, 1, 1).weekday()
        if week_of_year_start == 0:
            week_0_length = (7 - first) % 7
            days = (weekday - first) if week_of_year == 0 else week_0_length + 7 * (week_of_year - 1) + weekday
        else:
            first = (first + 1) % 7
            wd = (weekday + 1) % 7
            week_0_length = (7 - first) % 7
            days = (wd - first) if week_of_year == 0 else week_0_length + 7 * (week_of_year - 1) + wd
        julian = days + 1
    if julian is None:
        julian = _datetime.date(year, month, day).toordinal() - _datetime.date(year, 1, 1).toordinal() + 1
    else:
        result = _datetime.date.fromordinal((julian - 1) + _datetime.date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = _datetime.date(year, month, day).weekday()
    return (year, month, day, hour, minute, second, weekday, julian, tz), fraction
