enc = system.util.jsonEncode
print enc((1, (2, 3)))
print enc([(), [()]])
print enc({"t": (1,)})
print enc([u'u', 'b', 1, 1L, 1.0, True, None])
print enc(5), enc("s"), enc(None), enc(True)
print enc(xrange(3))
