# a gateway-style report: describe every character of an operator note
import unicodedata
note = u'Temp 21.5\xb0C \u2192 \xbd open, caf\xe9 \u2615 \ud55c\uae00 \u4e2d'
for ch in note:
    print '%-6r %-2s %-3s %3d %-2s %-28r %s' % (ch, unicodedata.category(ch), unicodedata.bidirectional(ch),
        unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.decomposition(ch),
        unicodedata.name(ch, '?'))
