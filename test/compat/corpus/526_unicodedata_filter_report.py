import unicodedata
# keep only letters and digits of operator names, by category
names = [u'Op\xe9rateur #1', u'Line-2 (north)', u'\u0645\u0634\u063a\u0644 3', u'Tank\u00b7A']
for name in names:
    kept = u''.join(c for c in name if unicodedata.category(c)[0] in 'LN')
    print repr(kept), len(kept)
counts = {}
for c in u'Hello, World! 123':
    cat = unicodedata.category(c)
    counts[cat] = counts.get(cat, 0) + 1
print sorted(counts.items())
