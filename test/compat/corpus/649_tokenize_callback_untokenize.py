# tokenize() with a callback, the default printer, and untokenize
import tokenize
from StringIO import StringIO

names = []
def collect(kind, text, start, end, line):
    if kind == tokenize.NAME:
        names.append(text)
tokenize.tokenize(StringIO('for tag in tags:\n    print tag.name\n').readline, collect)
print names

def stop_at_colon(kind, text, start, end, line):
    print text,
    if text == ':':
        raise tokenize.StopTokenizing
tokenize.tokenize(StringIO('if ready: go()\n').readline, stop_at_colon)
print

tokenize.tokenize(StringIO('x=1 # c\n\nif x:\n  y="a"\n').readline)

source = 'def f(a, b):\n    return a   +  b  # sum\n\nprint f(1, 2)\n'
print repr(tokenize.untokenize(tokenize.generate_tokens(StringIO(source).readline)))
pairs = [t[:2] for t in tokenize.generate_tokens(StringIO(source).readline)]
print tokenize.untokenize(pairs)
print tokenize.untokenize([(tokenize.NAME, 'x'), (tokenize.OP, '='), (tokenize.STRING, "'a'"), (tokenize.STRING, "'b'")])
