# unicodedata for the sandbox (issue 14), from the Python 2.7 documentation and Jython 2.7's behaviour, over
# the JS engine's Unicode tables (the JS helper _psunicodedata). Provided: normalize, category, mirrored and,
# for decimal digits (category Nd), decimal, digit and numeric. Character names (name, lookup), the bidirectional
# class, the canonical combining class, the East Asian width and decompositions need Unicode data tables the
# sandbox does not carry: those functions are absent (AttributeError), as is numeric() of other numerals.
# unidata_version is Jython 2.7.3's; the engine's tables are of the same Unicode generation (15.x).

import _psunicodedata

unidata_version = '15.0.0'

_missing = object()


def _char(unichr_, function):
    if not isinstance(unichr_, unicode):
        raise TypeError('must be unicode, not %s' % type(unichr_).__name__)
    return unichr_


def category(unichr_):
    """The general category of a character, as a two-letter string ('Lu', 'Nd', 'Mn'...)."""
    return _psunicodedata.category(_char(unichr_, 'category'))


def mirrored(unichr_):
    """True if the character is mirrored in bidirectional text (Jython gives a bool)."""
    return _psunicodedata.mirrored(_char(unichr_, 'mirrored'))


def decimal(unichr_, default=_missing):
    """The decimal value of a digit character; default, or ValueError, for any other."""
    value = _psunicodedata.digit_value(_char(unichr_, 'decimal'))
    if value >= 0:
        return value
    if default is _missing:
        raise ValueError('not a decimal')
    return default


def digit(unichr_, default=_missing):
    """The digit value of a digit character; default, or ValueError, for any other."""
    value = _psunicodedata.digit_value(_char(unichr_, 'digit'))
    if value >= 0:
        return value
    if default is _missing:
        raise ValueError('not a digit')
    return default


def numeric(unichr_, default=_missing):
    """The numeric value of a digit character as a float; default, or ValueError, for any other."""
    value = _psunicodedata.digit_value(_char(unichr_, 'numeric'))
    if value >= 0:
        return float(value)
    if default is _missing:
        raise ValueError('not a numeric')
    return default


def normalize(form, unistr):
    """The normal form ('NFC', 'NFD', 'NFKC' or 'NFKD') of a string, as unicode (a str is decoded as ASCII)."""
    if not isinstance(unistr, unicode):
        unistr = unicode(unistr)
    return _psunicodedata.normalize(form, unistr)
