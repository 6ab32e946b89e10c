# Dumps Jython 2.7's unicodedata, one line per code point, for build-db.mjs (run it with `jython`, the reference).
# Fields, tab-separated: hex code point, name ('' when none), bidirectional, combining, east_asian_width,
# decomposition, repr of numeric ('' when none), category.
import sys
import unicodedata

out = sys.stdout
for cp in xrange(0x110000):
    try:
        ch = unichr(cp)
    except ValueError:
        continue
    numeric = unicodedata.numeric(ch, None)
    fields = [
        '%X' % cp,
        unicodedata.name(ch, u'').encode('ascii'),
        unicodedata.bidirectional(ch),
        str(unicodedata.combining(ch)),
        unicodedata.east_asian_width(ch),
        unicodedata.decomposition(ch),
        numeric is not None and repr(numeric) or '',
        unicodedata.category(ch),
    ]
    out.write('\t'.join(fields) + '\n')
