# unicodedata for the sandbox (issue 14), from the Python 2.7 documentation and Jython 2.7's behaviour.
# category, mirrored, normalize and, for decimal digits (category Nd), decimal and digit come from the JS engine's
# Unicode tables (the JS helper _psunicodedata). name, lookup, bidirectional, combining, east_asian_width,
# decomposition and numeric read _unicodedata_db, tables generated from Jython's own unicodedata by
# scripts/dev/unicodedata/build-db.mjs, imported on the first call that needs them. Their encodings:
# - NAME_RUNS: 'start:count' (hex) runs of code points with a stored name, in order; NAMES holds their names,
#   '|'-separated. Each name is a character from '0123456789ABCDEFGHIJ' giving how many leading words it
#   shares with the previous name (0 at every NAME_BLOCK-th name), then its other words separated by spaces,
#   each either literal (capitals, digits, '-') or the code of the word at that index in WORDS (see _word_code).
# - ALGORITHMIC_NAMES: ranges named PREFIX + the code point in hex; Hangul syllables are named from their jamo.
# - X_STARTS / X_VALUES / X_NAMES: the property changes at each start (hex); X_VALUES has one character per
#   run, its index (in _INDEX_CHARS) into X_NAMES.
# - DECOMPOSITIONS: 'cp=decomposition' or 'cp+count=decomposition' (hex), the latter a run whose single-code
#   decomposition steps with the code point. NUMERICS: 'cp=value' (hex code point, float value).
# unidata_version is Jython 2.7.3's.

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


def normalize(form, unistr):
    """The normal form ('NFC', 'NFD', 'NFKC' or 'NFKD') of a string, as unicode (a str is decoded as ASCII)."""
    if not isinstance(unistr, unicode):
        unistr = unicode(unistr)
    return _psunicodedata.normalize(form, unistr)


# --- tables from _unicodedata_db -----------------------------------------------------------------------------

_CODE_FIRST = 'abcdefghijklmnopqrstuvwxyz!#$%&()*+,./:;<=>?@[]^_`{}~'
_CODE_SECOND = _CODE_FIRST + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
_INDEX_CHARS = _CODE_SECOND
_SHARED_COUNTS = '0123456789ABCDEFGHIJ'
_HANGUL_FIRST = 0xAC00
_HANGUL_LAST = 0xD7A3
_JAMO_L = ('G GG N D DD R M B BB S SS _ J JJ C K T P H').split(' ')
_JAMO_V = ('A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I').split(' ')
_JAMO_T = ('_ G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H').split(' ')
_JAMO_L[11] = ''
_JAMO_T[0] = ''
_HANGUL_PREFIX = 'HANGUL SYLLABLE '

_tables = {}


def _db():
    db = _tables.get('db')
    if db is None:
        import _unicodedata_db as db
        _tables['db'] = db
    return db


def _last_at_or_before(starts, cp):
    """The index of the last start <= cp (starts is sorted, starts[0] is 0)."""
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= cp:
            low = middle
        else:
            high = middle - 1
    return low


def _property(prefix, cp):
    table = _tables.get(prefix)
    if table is None:
        db = _db()
        starts = [int(start, 16) for start in getattr(db, prefix + '_STARTS').split(',')]
        table = (starts, getattr(db, prefix + '_VALUES'), getattr(db, prefix + '_NAMES'))
        _tables[prefix] = table
    starts, values, names = table
    return names[_INDEX_CHARS.index(values[_last_at_or_before(starts, cp)])]


def _word_code(index):
    if index < len(_CODE_FIRST):
        return _CODE_FIRST[index]
    rest = index - len(_CODE_FIRST)
    return _CODE_FIRST[rest // len(_CODE_SECOND)] + _CODE_SECOND[rest % len(_CODE_SECOND)]


def _names():
    names = _tables.get('names')
    if names is None:
        db = _db()
        starts, firsts, ends = [], [], []
        count = 0
        for run in db.NAME_RUNS.split(','):
            start, length = run.split(':')
            start, length = int(start, 16), int(length, 16)
            starts.append(start)
            firsts.append(count)
            ends.append(start + length)
            count += length
        words = {}
        for index, word in enumerate(db.WORDS.split(' ')):
            words[_word_code(index)] = word
        names = (starts, firsts, ends, db.NAMES.split('|'), words, db.NAME_BLOCK)
        _tables['names'] = names
    return names


def _decode_entry(entry, previous, words):
    shared = _SHARED_COUNTS.index(entry[0])
    return previous[:shared] + [words.get(token, token) for token in entry[1:].split(' ')]


def _stored_name(cp):
    starts, firsts, ends, entries, words, block = _names()
    run = _last_at_or_before(starts, cp)
    if cp < starts[run] or cp >= ends[run]:
        return None
    index = firsts[run] + cp - starts[run]
    decoded = []
    for position in range(index - index % block, index + 1):
        decoded = _decode_entry(entries[position], decoded, words)
    return ' '.join(decoded)


def _code_point(unichr_):
    return _psunicodedata.code_point(_char(unichr_, ''))


def _name_of(cp):
    if _HANGUL_FIRST <= cp <= _HANGUL_LAST:
        offset = cp - _HANGUL_FIRST
        return (_HANGUL_PREFIX + _JAMO_L[offset // 588] + _JAMO_V[offset % 588 // 28] + _JAMO_T[offset % 28])
    for first, last, prefix in _db().ALGORITHMIC_NAMES:
        if first <= cp <= last:
            return prefix + '%04X' % cp
    return _stored_name(cp)


def name(unichr_, default=_missing):
    """The character's name; default, or ValueError, if it has none."""
    found = _name_of(_code_point(unichr_))
    if found is not None:
        return unicode(found)
    if default is _missing:
        raise ValueError('no such name')
    return default


def _hangul_code(syllable):
    for l_index, l_name in enumerate(_JAMO_L):
        if not syllable.startswith(l_name):
            continue
        after_l = syllable[len(l_name):]
        for v_index, v_name in enumerate(_JAMO_V):
            if after_l.startswith(v_name) and after_l[len(v_name):] in _JAMO_T:
                t_index = _JAMO_T.index(after_l[len(v_name):])
                return _HANGUL_FIRST + (l_index * 21 + v_index) * 28 + t_index
    return None


def _algorithmic_code(key):
    if key.startswith(_HANGUL_PREFIX):
        return _hangul_code(key[len(_HANGUL_PREFIX):])
    for first, last, prefix in _db().ALGORITHMIC_NAMES:
        digits = key[len(prefix):]
        if key.startswith(prefix) and 4 <= len(digits) <= 6 and not digits.strip('0123456789ABCDEF'):
            cp = int(digits, 16)
            if first <= cp <= last:
                return cp
    return None


def _codes_by_name():
    codes = _tables.get('codes')
    if codes is None:
        starts, firsts, ends, entries, words, block = _names()
        codes = {}
        decoded = []
        position = 0
        for run, start in enumerate(starts):
            for cp in range(start, ends[run]):
                decoded = _decode_entry(entries[position], decoded, words)
                codes[' '.join(decoded)] = cp
                position += 1
        _tables['codes'] = codes
    return codes


def lookup(name_):
    """The character with this name (any case), as unicode; KeyError if there is none."""
    if not isinstance(name_, basestring):
        raise TypeError("getCharFromName(): 1st arg can't be coerced to String")
    key = name_.upper()
    cp = _algorithmic_code(key)
    if cp is None:
        cp = _codes_by_name().get(key)
    if cp is None:
        raise KeyError("undefined character name '%s" % name_)
    return _psunicodedata.from_code_point(cp)


def bidirectional(unichr_):
    """The bidirectional class ('L', 'R', 'AL', 'EN', 'NSM'...) as a str."""
    return _property('BIDI', _code_point(unichr_))


def combining(unichr_):
    """The canonical combining class, an int (0 when none)."""
    return int(_property('COMBINING', _code_point(unichr_)))


def east_asian_width(unichr_):
    """The East Asian width ('W', 'F', 'Na', 'H', 'A' or 'N') as a str."""
    return _property('WIDTH', _code_point(unichr_))


def _decompositions():
    table = _tables.get('decompositions')
    if table is None:
        starts, counts, texts = [0], [0], ['']
        for item in _db().DECOMPOSITIONS.split(','):
            where, text = item.split('=', 1)
            start, _, count = where.partition('+')
            starts.append(int(start, 16))
            counts.append(int(count or '1', 16))
            texts.append(text)
        table = (starts, counts, texts)
        _tables['decompositions'] = table
    return table


def decomposition(unichr_):
    """The decomposition mapping as a str of hex code points, with its <tag> if any ('' when none)."""
    cp = _code_point(unichr_)
    if _HANGUL_FIRST <= cp <= _HANGUL_LAST:
        offset = cp - _HANGUL_FIRST
        parts = ['%04X' % (0x1100 + offset // 588), '%04X' % (0x1161 + offset % 588 // 28)]
        if offset % 28:
            parts.append('%04X' % (0x11A7 + offset % 28))
        return ' '.join(parts)
    starts, counts, texts = _decompositions()
    index = _last_at_or_before(starts, cp)
    step = cp - starts[index]
    if step >= counts[index]:
        return ''
    if step == 0:
        return texts[index]
    tag, _, target = texts[index].rpartition(' ')
    return (tag + ' ' if tag else '') + '%04X' % (int(target, 16) + step)


def numeric(unichr_, default=_missing):
    """The numeric value of a character (digits, fractions, Roman numerals, CJK numerals...) as a float."""
    cp = _code_point(unichr_)
    values = _tables.get('numerics')
    if values is None:
        values = {}
        for item in _db().NUMERICS.split(','):
            where, value = item.split('=')
            values[int(where, 16)] = float(value)
        _tables['numerics'] = values
    if cp in values:
        return values[cp]
    if default is _missing:
        raise ValueError('not a numeric')
    return default
