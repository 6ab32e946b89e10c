# fnmatch for the sandbox (issue 14): Unix shell-style wildcards (*, ?, [seq], [!seq]), written from the Python 2.7
# documentation. Matching is case-sensitive, as on Jython 2.7 under Linux (os.path.normcase changes nothing).
import re
import os.path as _path

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}


def _matcher(pat):
    rx = _compiled.get(pat)
    if rx is None:
        if len(_compiled) >= 100:
            _compiled.clear()
        rx = _compiled[pat] = re.compile(translate(pat))
    return rx


def fnmatch(name, pat):
    return fnmatchcase(_path.normcase(name), _path.normcase(pat))


def fnmatchcase(name, pat):
    return _matcher(pat).match(name) is not None


def filter(names, pat):
    rx = _matcher(_path.normcase(pat))
    return [name for name in names if rx.match(_path.normcase(name))]


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern pat matches."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            # Find the closing ']': a ']' right after '[' or '[!' is a member, not the end.
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                body = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if body[:1] == '!':
                    body = '^' + body[1:]
                elif body[:1] == '^':
                    body = '\\' + body
                out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return ''.join(out) + '\\Z(?ms)'
