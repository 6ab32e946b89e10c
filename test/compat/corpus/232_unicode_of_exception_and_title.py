# unicode() of an exception keeps non-ASCII text; unicode.title() works on every letter.
e = ValueError(u'caf\xe9 ferm\xe9')
print repr(unicode(e))
print repr(unicode(Exception()))
print repr(unicode(KeyError('plain')))
print repr(unicode(Exception(u'a', u'\xe9')))
try:
    raise RuntimeError(u'na\xefve')
except RuntimeError, err:
    print repr(unicode(err)), repr(err.args)
for text in [u'\xe9t\xe9', u'\xe9COLE fran\xe7aise', u"o'neil \xdfer", u'\u0394\u03b5\u03bb\u03c4\u03b1 \u03ac\u03bb\u03c6\u03b1', u'3rd \xe9t\xe9-\xe0-paris']:
    print repr(text.title()), text.title().istitle()
print repr('hello world'.title()), repr('\xe9t\xe9'.title())
