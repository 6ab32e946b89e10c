# shlex for the sandbox (issue 14): a lexer for shell-like syntax, written from the Python 2.7 documentation and
# checked against Jython 2.7. Input comes from a string (or an object with read()); `source` inclusion is refused
# (the sandbox has no files).
from cStringIO import StringIO as _StringIO

__all__ = ['shlex', 'split']

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
# posix mode adds the Latin-1 letters.
_LATIN1_WORD = ''.join(chr(c) for c in range(0xc0, 0x100) if c not in (0xd7, 0xf7))


class shlex:
    """shlex([instream[, infile[, posix]]]): tokens of instream (a string or a file-like object)."""

    def __init__(self, instream=None, infile=None, posix=False):
        if isinstance(instream, basestring):
            instream = _StringIO(instream)
        if instream is None:
            raise ValueError('shlex needs an input string in the sandbox (there is no stdin)')
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        self._pending = []

    def push_token(self, tok):
        """Push tok back: the next get_token returns it."""
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        raise IOError('shlex source inclusion is not available in the sandbox')

    def pop_source(self):
        raise IOError('shlex source inclusion is not available in the sandbox')

    def sourcehook(self, newfile):
        raise IOError('shlex source inclusion is not available in the sandbox')

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def get_token(self):
        """The next token (a pushed-back one first); self.eof at the end of the input."""
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _char(self):
        if self._pending:
            return self._pending.pop()
        c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Reads one raw token (no pushback)."""
        token = ''
        quoted = False
        state = ' '
        resume = ' '          # the state an escape returns to
        done = False
        while not done:
            c = self._char()
            if state == ' ':
                if not c:
                    state = None
                    break
                if c in self.whitespace:
                    if token or (self.posix and quoted):
                        break
                elif c in self.commenters:
                    self._skip_comment()
                elif self.posix and c in self.escape:
                    resume = 'a'
                    state = c
                elif c in self.wordchars:
                    token = c
                    state = 'a'
                elif c in self.quotes:
                    if not self.posix:
                        token = c
                    state = c
                elif self.whitespace_split:
                    token = c
                    state = 'a'
                else:
                    # A punctuation character is a token by itself.
                    token = c
                    if token or (self.posix and quoted):
                        break
            elif state in self.quotes and state not in self.escape:
                quoted = True
                if not c:
                    raise ValueError('No closing quotation')
                if c == state:
                    if self.posix:
                        state = 'a'
                    else:
                        token += c
                        state = ' '
                        break
                elif self.posix and c in self.escape and state in self.escapedquotes:
                    resume = state
                    state = c
                else:
                    token += c
            elif state in self.escape:
                if not c:
                    raise ValueError('No escaped character')
                # Inside quotes, an escape only escapes the quote or itself.
                if resume in self.quotes and c != state and c != resume:
                    token += state
                token += c
                state = resume
            elif state == 'a':
                if not c:
                    state = None
                    break
                if c in self.whitespace:
                    state = ' '
                    if token or (self.posix and quoted):
                        break
                elif c in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        state = ' '
                        if token or quoted:
                            break
                elif self.posix and c in self.quotes:
                    state = c
                elif self.posix and c in self.escape:
                    resume = 'a'
                    state = c
                elif c in self.wordchars or c in self.quotes or self.whitespace_split:
                    token += c
                else:
                    self._pending.append(c)
                    state = ' '
                    if token:
                        break
        self.state = state
        self.token = ''
        if self.posix and not quoted and token == '':
            return None
        return token

    def __iter__(self):
        return self

    def next(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of s by shell rules (posix: quotes removed, backslash escapes)."""
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)
