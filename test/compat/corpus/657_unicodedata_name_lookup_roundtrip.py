# name and lookup are inverse over a spread of scripts
import unicodedata
count = 0
for cp in range(0x20, 0x3000, 37) + range(0x1f300, 0x1f700, 29) + range(0xa000, 0xa4c0, 41):
    ch = unichr(cp)
    n = unicodedata.name(ch, None)
    if n is None:
        continue
    assert unicodedata.lookup(n) == ch, (cp, n)
    count += 1
print count, 'names round-trip'
print unicodedata.name(unicodedata.lookup('ARABIC LETTER ALEF'))
