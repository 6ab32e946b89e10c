enc = system.util.jsonEncode
for v in [None, True, False, 0, -7, 2**40, 1.5, 2.0, 0.1, 1e20, 1e-5, 123456789.0, u'caf\xe9', 'a"b\\c', 'tab\there', '</script>', u'\x85']:
    print repr(v), '->', enc(v)
print enc((1, 2))
print type(enc([1]))
