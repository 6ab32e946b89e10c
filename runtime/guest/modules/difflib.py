# difflib for the sandbox (issue 14): sequence comparison, written from the Python 2.7 documentation (the
# Ratcliff/Obershelp-style matcher with junk and "popular element" heuristics it describes) and checked against
# Jython 2.7. Provides SequenceMatcher, get_close_matches, unified_diff, context_diff, ndiff/Differ, restore,
# IS_LINE_JUNK and IS_CHARACTER_JUNK. HtmlDiff is not provided.
import heapq as _heapq
import re as _re
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements: matching blocks, opcodes and a similarity ratio."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Where each element of b occurs, leaving out junk and (for a long b) very frequent elements.
        where = {}
        for j, elt in enumerate(self.b):
            where.setdefault(elt, []).append(j)
        junk = set()
        if self.isjunk:
            for elt in list(where.keys()):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, places in list(where.items()):
                if len(places) > limit:
                    popular.add(elt)
                    del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def isbjunk(self, elt):
        return elt in self.bjunk

    def isbpopular(self, elt):
        return elt in self.bpopular

    def find_longest_match(self, alo, ahi, blo, bhi):
        """The longest block a[i:i+k] == b[j:j+k] in the ranges (earliest in a, then in b), as Match(i, j, k)."""
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        best_i, best_j, best_k = alo, blo, 0
        # ending[j] = length of the match of non-junk elements ending at a[i-1], b[j].
        ending = {}
        for i in xrange(alo, ahi):
            now = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = ending.get(j - 1, 0) + 1
                now[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            ending = now
        # Grow the block over equal elements that are not junk (popular ones), then over equal junk ones.
        for want_junk in (False, True):
            while best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk and \
                    a[best_i - 1] == b[best_j - 1]:
                best_i -= 1
                best_j -= 1
                best_k += 1
            while best_i + best_k < ahi and best_j + best_k < bhi and \
                    (b[best_j + best_k] in junk) == want_junk and a[best_i + best_k] == b[best_j + best_k]:
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """The matching blocks as (i, j, n) triples in increasing order, ending with a (len(a), len(b), 0) dummy."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        found = []
        todo = [(0, la, 0, lb)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        # Join blocks that touch.
        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
            else:
                if cur_k:
                    merged.append((cur_i, cur_j, cur_k))
                cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append((cur_i, cur_j, cur_k))
        # Plain tuples, as Jython 2.7 returns them (find_longest_match returns a Match).
        merged.append((la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) tuples turning a into b; tag is 'replace', 'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in hunks with at most n lines of context around each change."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        codes = list(codes)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        groups = []
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                groups.append(group)
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            groups.append(group)
        return iter(groups)

    def ratio(self):
        matches = sum(m[2] for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio() from the element counts only."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = {}
        matches = 0
        for elt in self.a:
            n = left.get(elt, self.fullbcount.get(elt, 0))
            left[elt] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio() from the lengths only."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) best matches of word among possibilities with a ratio of at least cutoff, best first."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff and matcher.ratio() >= cutoff:
            scored.append((matcher.ratio(), candidate))
    return [candidate for score, candidate in _heapq.nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=_re.compile(r'\s*#?\s*$').match):
    """True for a blank line or a line holding only '#' (and whitespace)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    # A plain function around the generator: Skulpt's generator functions take no keyword arguments.
    return _unified_diff(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm)


def _unified_diff(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm):
    """The lines of a unified diff of the line lists a and b (a generator)."""
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '--- %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '+++ %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]), _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    # A plain function around the generator: Skulpt's generator functions take no keyword arguments.
    return _context_diff(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm)


def _context_diff(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm):
    """The lines of a context diff of the line lists a and b (a generator)."""
    marks = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '*** %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '--- %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        if any(tag in ('replace', 'delete') for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield marks[tag] + line
        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if any(tag in ('replace', 'insert') for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield marks[tag] + line


def _leading(s, ch):
    n = 0
    while n < len(s) and s[n] == ch:
        n += 1
    return n


class Differ:
    """Human-readable deltas of line sequences: '- ', '+ ', '  ' lines, and '? ' hints for changed lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                lines = self._replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._lines('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._lines('+', b, blo, bhi)
            else:
                lines = self._lines(' ', a, alo, ahi)
            for line in lines:
                yield line

    def _lines(self, mark, x, lo, hi):
        return ['%s %s' % (mark, x[i]) for i in xrange(lo, hi)]

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            return self._lines('+', b, blo, bhi) + self._lines('-', a, alo, ahi)
        return self._lines('-', a, alo, ahi) + self._lines('+', b, blo, bhi)

    def _replace(self, a, alo, ahi, b, blo, bhi):
        # Pair the most similar lines (ratio 0.75 or more) and mark their differences; the rest is plain.
        out = []
        best_ratio, cutoff = 0.74, 0.75
        best_i = best_j = None
        same_i = same_j = None
        chars = SequenceMatcher(self.charjunk)
        for j in xrange(blo, bhi):
            bline = b[j]
            chars.set_seq2(bline)
            for i in xrange(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(aline)
                if chars.real_quick_ratio() > best_ratio and chars.quick_ratio() > best_ratio and \
                        chars.ratio() > best_ratio:
                    best_ratio, best_i, best_j = chars.ratio(), i, j
        if best_ratio < cutoff:
            if same_i is None:
                return self._plain_replace(a, alo, ahi, b, blo, bhi)
            best_i, best_j, best_ratio = same_i, same_j, 1.0
        else:
            same_i = None
        out.extend(self._between(a, alo, best_i, b, blo, best_j))
        aline, bline = a[best_i], b[best_j]
        if same_i is None:
            atags = btags = ''
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    atags += '^' * na
                    btags += '^' * nb
                elif tag == 'delete':
                    atags += '-' * na
                elif tag == 'insert':
                    btags += '+' * nb
                else:
                    atags += ' ' * na
                    btags += ' ' * nb
            out.extend(self._hints(aline, bline, atags, btags))
        else:
            out.append('  ' + aline)
        out.extend(self._between(a, best_i + 1, ahi, b, best_j + 1, bhi))
        return out

    def _between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                return self._replace(a, alo, ahi, b, blo, bhi)
            return self._lines('-', a, alo, ahi)
        if blo < bhi:
            return self._lines('+', b, blo, bhi)
        return []

    def _hints(self, aline, bline, atags, btags):
        # Leading tabs shared by both lines (and not marked) stay tabs in the hint lines.
        common = min(_leading(aline, '\t'), _leading(bline, '\t'))
        common = min(common, _leading(atags[:common], ' '), _leading(btags[:common], ' '))
        atags = atags[common:].rstrip()
        btags = btags[common:].rstrip()
        out = ['- ' + aline]
        if atags:
            out.append('? %s%s\n' % ('\t' * common, atags))
        out.append('+ ' + bline)
        if btags:
            out.append('? %s%s\n' % ('\t' * common, btags))
        return out


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ().compare(a, b) with the default character junk (spaces and tabs)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Lines of sequence 1 or 2 from an ndiff/Differ delta."""
    try:
        keep = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,))
    return _restore(delta, keep)


def _restore(delta, keep):
    for line in delta:
        if line[:2] in ('  ', keep):
            yield line[2:]
