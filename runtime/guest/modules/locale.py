# locale for the sandbox (issue 14): the C locale only, as Jython 2.7 has it (its _locale emulation).
# setlocale accepts None, '' and 'C' and raises locale.Error (which is ValueError) for any other name;
# localeconv gives the C locale's conventions; format/format_string/str/atof/atoi/currency follow them
# (no grouping, '.' as the decimal point, no currency symbol).

import re

Error = ValueError

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_ALL = 6
LC_MESSAGES = 5

_C_CONVENTIONS = {
    'grouping': [127], 'currency_symbol': '', 'n_sign_posn': 127, 'p_cs_precedes': 127,
    'n_cs_precedes': 127, 'mon_grouping': [], 'n_sep_by_space': 127, 'decimal_point': '.',
    'negative_sign': '', 'positive_sign': '', 'p_sep_by_space': 127, 'int_curr_symbol': '',
    'p_sign_posn': 127, 'thousands_sep': '', 'mon_thousands_sep': '', 'frac_digits': 127,
    'mon_decimal_point': '', 'int_frac_digits': 127,
}


def localeconv():
    """The numeric and monetary conventions of the current locale (always the C locale)."""
    conventions = {}
    for key, value in _C_CONVENTIONS.items():
        conventions[key] = list(value) if isinstance(value, list) else value
    return conventions


def setlocale(category, locale=None):
    """Set (or with no locale, query) the locale of a category. Only the C locale exists here."""
    if locale and not isinstance(locale, basestring):
        locale = _build_localename(locale)
    if locale and locale != 'C':
        raise Error('_locale emulation only supports "C" locale')
    return 'C'


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def getlocale(category=LC_CTYPE):
    """The current locale of a category as (language code, encoding): (None, None) for the C locale."""
    return (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """The default locale, as Jython reports it on a UTF-8 system."""
    return ('en', 'UTF-8')


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def strcoll(a, b):
    """Compare two strings as the C locale does: by code point."""
    return cmp(a, b)


def strxfrm(s):
    return s


_PERCENT = re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _strip_padding(text, amount):
    start = 0
    while amount and text[start] == ' ':
        start += 1
        amount -= 1
    end = len(text) - 1
    while amount and text[end] == ' ':
        end -= 1
        amount -= 1
    return text[start:end + 1]


def format(percent, value, grouping=False, monetary=False, *additional):
    """Format one %-specifier with the locale's conventions (in the C locale, as % does)."""
    match = _PERCENT.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier, %s not valid"
                         % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        return percent % ((value,) + additional)
    return percent % value


def format_string(f, val, grouping=False):
    """Format a string with several %-specifiers, each with the locale's conventions."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Format a number as currency: the C locale has no currency format."""
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """Convert a float to a string as the locale formats it (%.12g)."""
    return _format('%.12g', val)


def atof(string, func=float):
    """Parse a string as a number with the locale's conventions."""
    return func(string)


def atoi(string):
    """Parse a string as an integer with the locale's conventions."""
    return atof(string, int)
