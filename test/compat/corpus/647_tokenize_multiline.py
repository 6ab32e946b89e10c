# Multi-line strings, continuations and brackets spread over lines
import tokenize
from StringIO import StringIO

source = '''query = """SELECT *
FROM tags"""
msg = "one \\
two"
total = (1 +
         2)   # in brackets

x = 1 + \\
    2
'''
for tok in tokenize.generate_tokens(StringIO(source).readline):
    print tokenize.tok_name[tok[0]], repr(tok[1]), tok[2], tok[3], repr(tok[4])
