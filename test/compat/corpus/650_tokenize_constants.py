# The token numbers tokenize adds, and renaming variables in source text
import token
import tokenize
import keyword
from StringIO import StringIO

print tokenize.COMMENT, tokenize.NL, tokenize.N_TOKENS, token.N_TOKENS, tokenize.NT_OFFSET
print tokenize.tok_name[tokenize.COMMENT], token.tok_name[tokenize.NL], tokenize.OP, tokenize.NAME
print token.ISTERMINAL(tokenize.NL), token.ISEOF(tokenize.ENDMARKER), keyword.iskeyword('print')

source = 'speed = speed * 2 + offset  # scale\nprint speed\n'
renamed = []
for kind, text, start, end, line in tokenize.generate_tokens(StringIO(source).readline):
    if kind == tokenize.NAME and not keyword.iskeyword(text) and text == 'speed':
        text = 'motor_speed'
    renamed.append((kind, text))
print tokenize.untokenize(renamed)
counts = {}
for tok in tokenize.generate_tokens(StringIO(source).readline):
    name = tokenize.tok_name[tok[0]]
    counts[name] = counts.get(name, 0) + 1
print sorted(counts.items())
