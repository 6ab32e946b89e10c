# _strptime for the sandbox: the parser behind datetime.strptime, written from the documented meaning of
# each strftime directive (C locale) and checked against Jython 2.7 (corpus 117 and 224-225).
# Directives: %a %A %b %B %h %c %d %e %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z (UTC/GMT) %%.
# A run of whitespace in the format matches one or more whitespace characters; matching ignores case.
import re as _re

__all__ = []

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
           'october', 'november', 'december')


def _choice(words):
    # longest first, so that a prefix never wins over the whole word
    return '|'.join(sorted(words, key=lambda w: -len(w)))


# each directive as a regular expression without its group; numbers are tried longest first
_FIELDS = {
    'd': r'3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9]',
    'f': r'[0-9]{1,6}',
    'H': r'2[0-3]|[01][0-9]|[0-9]',
    'I': r'1[0-2]|0[1-9]|[1-9]',
    'j': r'36[0-6]|3[0-5][0-9]|[12][0-9][0-9]|0[1-9][0-9]|00[1-9]|[1-9][0-9]|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]',
    'M': r'[0-5][0-9]|[0-9]',
    'S': r'6[01]|[0-5][0-9]|[0-9]',
    'U': r'5[0-3]|[0-4][0-9]|[0-9]',
    'W': r'5[0-3]|[0-4][0-9]|[0-9]',
    'w': r'[0-6]',
    'y': r'[0-9][0-9]',
    'Y': r'[0-9][0-9][0-9][0-9]',
    'A': _choice(_WEEKDAYS),
    'a': _choice([day[:3] for day in _WEEKDAYS]),
    'B': _choice(_MONTHS),
    'b': _choice([month[:3] for month in _MONTHS]),
    'p': 'am|pm',
    'Z': 'utc|gmt',
}
_FIELDS['h'] = _FIELDS['b']
_FIELDS['e'] = _FIELDS['d']
# the C locale's composite formats
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_compiled = {}


def _regex(format):
    regex = _compiled.get(format)
    if regex is not None:
        return regex
    parts = []
    named = []
    text = format
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch == '%':
            if pos + 1 >= len(text):
                raise ValueError("stray %% in format '%s'" % format)
            directive = text[pos + 1]
            pos += 2
            if directive == '%':
                parts.append('%')
                continue
            if directive in _COMPOSITE:
                text = text[:pos] + _COMPOSITE[directive] + text[pos:]
                continue
            if directive not in _FIELDS:
                raise ValueError("'%s' is a bad directive in format '%s'" % (directive, format))
            if directive in named:
                raise _re.error('redefinition of group name %r as group %d; was group %d'
                                % (directive, len(named) + 1, named.index(directive) + 1))
            named.append(directive)
            parts.append('(?P<%s>%s)' % (directive, _FIELDS[directive]))
        elif ch.isspace():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            parts.append(r'\s+')
        else:
            parts.append(_re.escape(ch))
            pos += 1
    regex = _re.compile(''.join(parts), _re.IGNORECASE)
    _compiled[format] = regex
    return regex


def _day_of_year(year, week, weekday, sunday_first):
    # 1-based day of the year of `weekday` (Monday 0) in week `week` (%U: weeks start on Sunday, %W: Monday;
    # week 1 starts on the year's first such day, earlier days are week 0)
    import datetime
    jan1 = datetime.date(year, 1, 1).weekday()
    if sunday_first:
        jan1 = (jan1 + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return weekday - jan1 + 1
    first_week_start = (7 - jan1) % 7
    return first_week_start + 7 * (week - 1) + weekday + 1


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """((year, month, day, hour, minute, second, weekday, julian day, tz flag), microseconds)."""
    for arg in (data_string, format):
        if not isinstance(arg, basestring):
            raise TypeError('expected string or buffer, but got %s' % type(arg))
    found = _regex(format).match(data_string)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    fields = dict((k, v) for k, v in found.groupdict().items() if v is not None)

    year = 1900
    if 'Y' in fields:
        year = int(fields['Y'])
    elif 'y' in fields:
        year = int(fields['y'])
        year += 2000 if year <= 68 else 1900
    month = 1
    if 'm' in fields:
        month = int(fields['m'])
    for key in ('B', 'b', 'h'):
        if key in fields:
            month = [name[:len(fields[key])] for name in _MONTHS].index(fields[key].lower()) + 1
    day = int(fields.get('d', fields.get('e', 1)))
    hour = 0
    if 'H' in fields:
        hour = int(fields['H'])
    elif 'I' in fields:
        hour = int(fields['I']) % 12
        if fields.get('p', 'am').lower() == 'pm':
            hour += 12
    minute = int(fields.get('M', 0))
    second = int(fields.get('S', 0))
    micro = int((fields.get('f', '0') + '00000')[:6])
    weekday = None
    for key in ('A', 'a'):
        if key in fields:
            weekday = [name[:len(fields[key])] for name in _WEEKDAYS].index(fields[key].lower())
    if 'w' in fields:
        weekday = (int(fields['w']) - 1) % 7
    tz = 0 if 'Z' in fields else -1

    import datetime
    julian = int(fields['j']) if 'j' in fields else None
    if julian is None and weekday is not None:
        for key in ('U', 'W'):
            if key in fields:
                julian = _day_of_year(year, int(fields[key]), weekday, key == 'U')
    if julian is None:
        julian = datetime.date(year, month, day).toordinal() - datetime.date(year, 1, 1).toordinal() + 1
    else:
        when = datetime.date.fromordinal(datetime.date(year, 1, 1).toordinal() + julian - 1)
        year, month, day = when.year, when.month, when.day
    if weekday is None:
        weekday = datetime.date(year, month, day).weekday()
    return (year, month, day, hour, minute, second, weekday, julian, tz), micro
