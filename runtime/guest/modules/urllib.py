# urllib for the sandbox: the pure quoting helpers, written from the Python 2.7 documentation of the module and
# checked against Jython 2.7. Everything that opens a URL or a file (urlopen, urlretrieve, URLopener...) is refused:
# a sandboxed script has no network.
__all__ = ['quote', 'quote_plus', 'unquote', 'unquote_plus', 'urlencode', 'urlopen', 'urlretrieve']

_ALWAYS_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-')
_HEX = '0123456789ABCDEFabcdef'


def quote(s, safe='/'):
    """Replaces special characters of s with %XX escapes; letters, digits, '_.-' and `safe` are kept."""
    if not s:
        if s is None:
            raise TypeError('None object cannot be quoted')
        return s
    keep = _ALWAYS_SAFE.union(safe)
    limit = 128 if isinstance(s, unicode) else 256
    out = []
    for c in s:
        if c in keep:
            out.append(c)
        elif ord(c) < limit:
            out.append('%%%02X' % ord(c))
        else:
            raise KeyError(c)
    return (u'' if isinstance(s, unicode) else '').join(out)


def quote_plus(s, safe=''):
    """quote(), with spaces as '+'."""
    if ' ' in s:
        return quote(s, safe + ' ').replace(' ', '+')
    return quote(s, safe)


def unquote(s):
    """Replaces %XX escapes by the characters they stand for; a malformed escape is kept."""
    parts = s.split('%')
    if len(parts) == 1:
        return s
    out = [parts[0]]
    for part in parts[1:]:
        if len(part) >= 2 and part[0] in _HEX and part[1] in _HEX:
            char = chr(int(part[:2], 16))
            if isinstance(s, unicode):
                char = unichr(ord(char))
            out.append(char)
            out.append(part[2:])
        else:
            out.append('%')
            out.append(part)
    return (u'' if isinstance(s, unicode) else '').join(out)


def unquote_plus(s):
    """unquote(), with '+' as a space."""
    return unquote(s.replace('+', ' '))


def _is_mapping(query):
    return hasattr(query, 'items')


def urlencode(query, doseq=0):
    """A mapping or a sequence of (name, value) pairs as an x-www-form-urlencoded string."""
    if _is_mapping(query):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError('not a valid non-string sequence or mapping object')
    out = []
    for name, value in query:
        name = quote_plus(str(name))
        if not doseq:
            out.append(name + '=' + quote_plus(str(value)))
        elif isinstance(value, str):
            out.append(name + '=' + quote_plus(value))
        elif isinstance(value, unicode):
            out.append(name + '=' + quote_plus(value.encode('ASCII', 'replace')))
        else:
            try:
                len(value)
            except TypeError:
                out.append(name + '=' + quote_plus(str(value)))
            else:
                for item in value:
                    out.append(name + '=' + quote_plus(str(item)))
    return '&'.join(out)


def _refused(*args, **kwargs):
    raise IOError('urllib cannot open URLs in the sandbox')


urlopen = urlretrieve = _refused
