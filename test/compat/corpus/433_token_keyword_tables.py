import keyword
import token

print token.NAME, token.NUMBER, token.STRING, token.OP, token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER, token.N_TOKENS, token.NT_OFFSET, token.ERRORTOKEN
print sorted(token.tok_name.items())
print token.ISTERMINAL(1), token.ISTERMINAL(300), token.ISNONTERMINAL(256), token.ISEOF(0), token.ISEOF(1), token.tok_name[token.OP]
print keyword.kwlist, len(keyword.kwlist)
print [w for w in ['exec', 'print', 'None', 'True', 'nonlocal', 'with', 'as', 'yield', 'async', 'lambda'] if keyword.iskeyword(w)]
names = ['speed', 'class', 'print', 'lambda_', 'for']
print ['%s_' % n if keyword.iskeyword(n) else n for n in names]
