import unicodedata
# normalise names before comparing them, as a user-sync script does
rows = [u'Ren\xe9e', u'Renee', u'R\xe9n\xe9e', u'Zo\xeb', u'Zoe']
def key(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').lower()
groups = {}
for r in rows:
    groups.setdefault(key(r), []).append(r)
for k in sorted(groups):
    print k, len(groups[k]), [repr(x) for x in groups[k]]
