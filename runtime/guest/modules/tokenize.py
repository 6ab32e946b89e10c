# tokenize for the sandbox (issue 14), from the Python 2.7 documentation and Jython 2.7's behaviour:
# generate_tokens(readline) yields 5-tuples (type, string, start, end, line) for Python 2 source, tokenize()
# hands each to a callback (by default one printed line per token), untokenize() turns tokens back into text.
# COMMENT and NL are the two token numbers this module adds to token's.

import re
from token import *

COMMENT = N_TOKENS
tok_name[COMMENT] = 'COMMENT'
NL = N_TOKENS + 1
tok_name[NL] = 'NL'
N_TOKENS += 2

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# One token, after optional blanks. The alternatives are tried in this order: a line continuation, a comment,
# the start of a triple-quoted string, a number, an operator or bracket, a one-line string (or the first line
# of one continued with a backslash), a name.
_BLANKS = r'[ \f\t]*'
_PREFIX = r'[uUbB]?[rR]?'
_EXPONENT = r'[eE][-+]?\d+'
_FLOAT = r'(?:\d+\.\d*|\.\d+)(?:%s)?|\d+%s' % (_EXPONENT, _EXPONENT)
_NUMBER = (r'(?:\d+(?:\.\d*)?|\.\d+)(?:%s)?[jJ]|%s|0[xX][0-9a-fA-F]+[lL]?|0[bB][01]+[lL]?|0[oO][0-7]+[lL]?'
           r'|[1-9]\d*[lL]?|0\d*[lL]?') % (_EXPONENT, _FLOAT)
_OPERATOR = r'\*\*=?|>>=?|<<=?|<>|!=|//=?|[-+*/%&|^=<>]=?|~|[][(){}]|\r?\n|[:;.,`@]'
_ONE_LINE_STRING = (_PREFIX + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*(?:'|\\\r?\n)|" +
                    _PREFIX + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*(?:"|\\\r?\n)')
_TOKEN = re.compile(_BLANKS + r'(\\\r?\n|#[^\r\n]*|' + _PREFIX + r"'''|" + _PREFIX + r'"""|' +
                    _NUMBER + '|' + _OPERATOR + '|' + _ONE_LINE_STRING + r'|[a-zA-Z_]\w*)')

# Where a string that continues on later lines ends, by its opening quote.
_STRING_END = {
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'),
    "'": re.compile(r"[^\n'\\]*(?:\\.[^\n'\\]*)*'"),
    '"': re.compile(r'[^\n"\\]*(?:\\.[^\n"\\]*)*"'),
}


def _opening_quote(text):
    """The quote that opens a string token (after its u/b/r prefix): ''' or \"\"\" or ' or \"."""
    body = text.lstrip('uUbBrR')
    if body[:3] in ("'''", '"""'):
        return body[:3]
    return body[0]


def _read(readline):
    try:
        return readline()
    except StopIteration:
        return ''


def generate_tokens(readline):
    """Yields (type, string, (srow, scol), (erow, ecol), line) for each token of the lines readline returns."""
    lnum = 0
    parens = 0
    continued = False
    indents = [0]
    pending = None  # a string that spans lines: (text so far, start, lines so far, end pattern)
    line = ''
    while True:
        line = _read(readline)
        lnum += 1
        pos, end = 0, len(line)

        if pending is not None:
            text, start, lines, closing = pending
            if not line:
                raise TokenError('EOF in multi-line string', start)
            match = closing.match(line)
            if match is None:
                pending = (text + line, start, lines + line, closing)
                continue
            pos = match.end()
            yield (STRING, text + line[:pos], start, (lnum, pos), lines + line)
            pending = None
        elif parens == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end:
                char = line[pos]
                if char == ' ':
                    column += 1
                elif char == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif char == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            if line[pos] in '#\r\n':
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    after = pos + len(comment)
                    yield (COMMENT, comment, (lnum, pos), (lnum, after), line)
                    yield (NL, line[after:], (lnum, after), (lnum, end), line)
                else:
                    yield (NL, line[pos:], (lnum, pos), (lnum, end), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield (INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield (DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < end:
            match = _TOKEN.match(line, pos)
            if match is None:
                yield (ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, pos = match.span(1)
            text = line[start:pos]
            first = line[start]
            if start == pos:
                continue
            if first in '0123456789' or (first == '.' and text != '.'):
                yield (NUMBER, text, (lnum, start), (lnum, pos), line)
            elif first in '\r\n':
                yield (NL if parens > 0 else NEWLINE, text, (lnum, start), (lnum, pos), line)
            elif first == '#':
                yield (COMMENT, text, (lnum, start), (lnum, pos), line)
            elif first == '\\':
                continued = True
            elif first in '\'"' or (first in 'uUbBrR' and len(text) > 1 and text[-1] in '\'"\n'
                                    and text.lstrip('uUbBrR')[:1] in '\'"'):
                quote = _opening_quote(text)
                if len(quote) == 3:
                    match = _STRING_END[quote].match(line, pos)
                    if match is None:
                        pending = (line[start:], (lnum, start), line, _STRING_END[quote])
                        break
                    pos = match.end()
                    yield (STRING, line[start:pos], (lnum, start), (lnum, pos), line)
                elif text[-1] == '\n':
                    pending = (line[start:], (lnum, start), line, _STRING_END[quote])
                    break
                else:
                    yield (STRING, text, (lnum, start), (lnum, pos), line)
            elif first.isalpha() or first == '_':
                yield (NAME, text, (lnum, start), (lnum, pos), line)
            else:
                if first in '([{':
                    parens += 1
                elif first in ')]}':
                    parens -= 1
                yield (OP, text, (lnum, start), (lnum, pos), line)

    for level in indents[1:]:
        yield (DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield (ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def printtoken(type, token, start, end, line):
    """The default callback of tokenize(): one line per token."""
    print '%d,%d-%d,%d:\t%s\t%s' % (start[0], start[1], end[0], end[1], tok_name[type], repr(token))


def tokenize_loop(readline, tokeneater):
    for token_info in generate_tokens(readline):
        tokeneater(*token_info)


def tokenize(readline, tokeneater=printtoken):
    """Calls tokeneater(type, string, start, end, line) for each token; StopTokenizing ends the run quietly."""
    try:
        tokenize_loop(readline, tokeneater)
    except StopTokenizing:
        pass


class Untokenizer(object):
    """Turns tokens back into source text: exactly, from full 5-tuples; approximately, from (type, string) pairs."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0

    def add_whitespace(self, start):
        row, col = start
        assert row <= self.prev_row
        gap = col - self.prev_col
        if gap:
            self.tokens.append(' ' * gap)

    def untokenize(self, iterable):
        tokens = iter(iterable)
        for token_info in tokens:
            if len(token_info) == 2:
                self.compat(token_info, tokens)
                break
            kind, text, start, end = token_info[:4]
            if kind == ENDMARKER:
                break
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def compat(self, token_info, tokens):
        # From (type, string) pairs: a space after each name and number, between adjacent strings, and the
        # current indentation at the start of each line.
        indents = []
        at_line_start = False
        after_string = False
        first = [token_info]
        for kind, text in _chain(first, tokens):
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                self.tokens.append(indents[-1])
                at_line_start = False
            self.tokens.append(text)


def _chain(first, rest):
    for token_info in first:
        yield token_info[:2]
    for token_info in rest:
        yield token_info[:2]


def untokenize(iterable):
    """Source text from tokens: 5-tuples give the original text back, (type, string) pairs a spaced form."""
    return Untokenizer().untokenize(iterable)
