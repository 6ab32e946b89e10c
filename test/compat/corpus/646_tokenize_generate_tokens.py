# Listing the tokens of a small gateway script with tokenize
import tokenize
import token
from StringIO import StringIO

source = '''def tag_report(path, limit=10):  # report helper
    """Read tags."""
    values = [0x1F, 3.5e-2, 10L, .5, 2j]
    if limit >= 1 and path != '':
        return u'tags:' + r"\\raw"

    return {'path': (path, limit)}
total = tag_report('a') ** 2 // 3 <> 4
'''
for kind, text, start, end, line in tokenize.generate_tokens(StringIO(source).readline):
    print '%-10s %-22r %s %s' % (token.tok_name[kind], text, start, end)
