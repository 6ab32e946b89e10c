dec = system.util.jsonDecode
for text in ['1', '-3', '2.5', '1e3', 'true', 'false', 'null', '"x"', '[]', '{}', '12345678901234567890', '[1, [2, {"a": null}]]']:
    v = dec(text)
    print repr(text), '->', repr(v), type(v).__name__
d = dec('{"name": "Sess", "count": 3}')
print sorted(d.keys()), d['name'], d['count'] + 1
