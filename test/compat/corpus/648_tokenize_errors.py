# What tokenize does with source that does not end well
import tokenize
from StringIO import StringIO

def tokens(text):
    return [(tokenize.tok_name[t[0]], t[1], t[2], t[3]) for t in tokenize.generate_tokens(StringIO(text).readline)]

for text in ['x = (1,\n', 's = """abc\n', 'if x:\n    a\n  b\n', 'a = $b ?\n', 'x = 1', '  x\n', '\n\n# only a comment\n']:
    try:
        print tokens(text)
    except tokenize.TokenError, e:
        print 'TokenError', e.args
    except IndentationError, e:
        print 'IndentationError', e.args
print issubclass(tokenize.TokenError, Exception), tokenize.ERRORTOKEN
