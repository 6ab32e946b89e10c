# -*- coding: utf-8 -*-
enc = system.util.jsonEncode
print enc([u'caf\xe9', u'\u65e5\u672c', 'plain', u'\u2028', u'\u00a0', u'\x7f', u'\x1f', u'\u20ac'])
print enc({u'cl\xe9': u'val\xfcr'})
t = enc([u'Jos\xe9'])
print type(t).__name__, len(t)
back = system.util.jsonDecode(t)
print back[0] == u'Jos\xe9', type(back[0]).__name__
print enc(['line1\nline2', 'a/b', '</tag>', 'q"uote', 'back\\slash', '\r\f\b'])
