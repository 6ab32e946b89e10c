# xml.sax.saxutils: escaping helpers (Python 2.7 documentation of the module).


def _replace_all(data, pairs):
    for old, new in pairs:
        data = data.replace(old, new)
    return data


def escape(data, entities={}):
    data = _replace_all(data, [('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;')])
    return _replace_all(data, entities.items()) if entities else data


def unescape(data, entities={}):
    data = _replace_all(data, [('&lt;', '<'), ('&gt;', '>')])
    if entities:
        data = _replace_all(data, entities.items())
    return data.replace('&amp;', '&')


def quoteattr(data, entities={}):
    table = dict(entities)
    table.update({'\n': '&#10;', '\r': '&#13;', '\t': '&#9;'})
    data = escape(data, table)
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', '&quot;')
        return "'%s'" % data
    return '"%s"' % data
