# re for the sandbox: Python 2.7's documented API over _psre (patterns translated to JavaScript regular
# expressions), written for the sandbox. sub/split/findall/finditer treat empty matches as Python 2.7 and
# Jython do: an empty match right after the previous match is skipped, and split ignores empty matches.
import _psre

I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
T = TEMPLATE = 1
DEBUG = 128


class error(Exception):
    pass


_psre.set_error(error)

_compiled = {}
_COMPILED_LIMIT = 100


def _compile(pattern, flags):
    if isinstance(pattern, RegexObject):
        if flags:
            raise ValueError("Cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, basestring):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    found = _compiled.get(key)
    if found is None:
        # a bounded memo of compiled patterns: forgotten all at once when full
        if len(_compiled) >= _COMPILED_LIMIT:
            _compiled.clear()
        found = _compiled[key] = RegexObject(pattern, flags)
    return found


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _compiled.clear()


def escape(pattern):
    """pattern with every character but the ASCII letters and digits backslashed (NUL as \\000)."""
    out = []
    for ch in pattern:
        if ch.isalnum() and ord(ch) < 128:
            out.append(ch)
        elif ch == '\x00':
            out.append('\\000')
        else:
            out.append('\\' + ch)
    return pattern[:0].join(out)


def _check_string(string):
    if not isinstance(string, basestring):
        raise TypeError("expected string or buffer")


class RegexObject(object):
    def __init__(self, pattern, flags):
        handle, groups, names, allflags = _psre.compile(pattern, flags)
        self._handle = handle
        self.pattern = pattern
        self.flags = allflags
        self.groups = groups
        self.groupindex = dict(names)

    def __repr__(self):
        return "<SRE_Pattern object at 0x%x>" % (id(self) & 0xffff)

    def _exec(self, string, pos, endpos, anchored):
        _check_string(string)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        spans = _psre.search(self._handle, string, pos, endpos, anchored)
        if spans is None:
            return None
        return MatchObject(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, True)

    def search(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, False)

    def _iter(self, string, pos=0, endpos=None):
        _check_string(string)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        while pos <= endpos:
            m = self._exec(string, pos, endpos, False)
            if m is None:
                return
            yield m
            b, e = m.span()
            pos = e + 1 if e == b else e

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) if m.start(1) >= 0 else string[:0])
            else:
                out.append(m.groups(string[:0]))
        return out

    def split(self, string, maxsplit=0):
        _check_string(string)
        out = []
        last = 0
        pos = 0
        n = 0
        end = len(string)
        while not maxsplit or n < maxsplit:
            m = self._exec(string, pos, end, False)
            if m is None:
                break
            b, e = m.span()
            if b == e:
                if last == end:
                    break
                pos = e + 1
                if pos > end:
                    break
                continue
            out.append(string[last:b])
            out.extend(m.groups())
            n += 1
            pos = last = e
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        _check_string(string)
        if callable(repl):
            filter = repl
        else:
            template = _parse_template(repl, self)
            if len(template) == 1 and isinstance(template[0], basestring):
                literal = template[0]
                filter = lambda m: literal
            else:
                filter = lambda m: _expand(template, m)
        pieces = []
        i = 0
        n = 0
        pos = 0
        end = len(string)
        while not count or n < count:
            if pos > end:
                break
            m = self._exec(string, pos, end, False)
            if m is None:
                break
            b, e = m.span()
            if i < b:
                pieces.append(string[i:b])
            elif i == b and i == e and n > 0:
                pos = e + 1
                continue
            item = filter(m)
            if item:
                pieces.append(item)
            i = e
            n += 1
            pos = e + 1 if e == b else e
        if i < end:
            pieces.append(string[i:])
        if not pieces:
            return string[:0], n
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


class _Scanner(object):
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern._iter(string, pos, endpos)

    def search(self):
        try:
            return next(self._it)
        except StopIteration:
            return None


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}


def _parse_template(repl, pattern):
    # The replacement template as a list of literal strings and group numbers.
    _check_string(repl)
    items = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\" or i + 1 >= n:
            lit.append(c)
            i += 1
            continue
        d = repl[i + 1]
        if d == "g":
            close = repl.find(">", i + 3)
            if i + 2 >= n or repl[i + 2] != "<" or close < 0:
                raise error("missing group name" if i + 2 >= n or repl[i + 2] != "<" else "unterminated group name")
            name = repl[i + 3:close]
            if name.isdigit():
                index = int(name)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            else:
                raise IndexError("unknown group name")
            if index > pattern.groups:
                raise error("invalid group reference")
            items.append(repl[:0].join(lit))
            lit = []
            items.append(index)
            i = close + 1
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and repl[j] in "01234567":
                j += 1
            lit.append(unichr(int(repl[i + 1:j], 8)) if isinstance(repl, unicode) else chr(int(repl[i + 1:j], 8) & 0xff))
            i = j
        elif d in "123456789":
            j = i + 2
            if j < n and repl[j] in "0123456789":
                j += 1
            index = int(repl[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference")
            items.append(repl[:0].join(lit))
            lit = []
            items.append(index)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        else:
            lit.append(c + d)
            i += 2
    items.append(repl[:0].join(lit))
    items = [x for x in items if not (isinstance(x, basestring) and x == "")]
    if not items:
        items = [repl[:0]]
    return items


def _expand(template, m):
    out = []
    for item in template:
        if isinstance(item, basestring):
            out.append(item)
        else:
            g = m.group(item)
            if g is None:
                raise error("unmatched group")
            out.append(g)
    return m.string[:0].join(out)


class MatchObject(object):
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        # lastindex: the group that closed last (the outermost one among those ending last).
        best = None
        for g in range(1, pattern.groups + 1):
            s = spans[2 * g]
            e = spans[2 * g + 1]
            if s < 0:
                continue
            if best is None or e > spans[2 * best + 1] or (e == spans[2 * best + 1] and s <= spans[2 * best]):
                best = g
        self.lastindex = best
        self.lastgroup = None
        if best is not None:
            for name, index in pattern.groupindex.items():
                if index == best:
                    self.lastgroup = name

    def __repr__(self):
        return "<_sre.SRE_Match object at 0x%x>" % (id(self) & 0xffff)

    def _index(self, g):
        if isinstance(g, basestring):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
            raise IndexError("no such group")
        try:
            g = int(g)
        except (TypeError, ValueError):
            raise IndexError("no such group")
        if g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def _group(self, g, default=None):
        i = self._index(g)
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(args[0])
        return tuple([self._group(g) for g in args])

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple([self._group(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, index in self.re.groupindex.items():
            d[name] = self._group(index, default)
        return d

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)


def template(pattern, flags=0):
    return _compile(pattern, flags | T)
