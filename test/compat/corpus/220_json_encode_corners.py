import json
print json.dumps([1, 2L, 3.0, 0.1, 1e16, 1e-7, 123456789012.0, True, None, (), [], {}])
print json.dumps(['a"b\\c\n\t\x01\x7f', u'caf\xe9 \u20ac \U0001d11e', 'caf\xc3\xa9', '</tag>'])
print json.dumps([float('nan'), float('inf'), -float('inf'), -0.0, 2 ** 70, 1 / 3.0])
print json.dumps({1: 'a', 2.5: 'b', None: 'd', 3L: 'e'}, sort_keys=True)
print json.dumps({'a': 1}, separators=(',', ':')), json.dumps([1, 2], separators=(',', ':'), indent=1)
print json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=0)
out = json.dumps(u'caf\xe9', ensure_ascii=False)
print type(out).__name__, repr(out), repr(json.dumps({'k': 'caf\xc3\xa9'}, ensure_ascii=False))
print json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True)
print list(json.JSONEncoder().iterencode([1, {'a': 2}, 'x']))
for obj, kw in [(float('nan'), {'allow_nan': False}), ({(1, 2): 3}, {}), (set([1]), {})]:
    try:
        print json.dumps(obj, **kw)
    except (TypeError, ValueError), e:
        print type(e).__name__, e
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError, e:
    print e
