import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "import re\nprint re.sub('x*', '-', 'abxd'), re.split('x*', 'axbxxc'), re.findall('x*', 'axb'), re.subn('a', 'b', 'aaa')\nprint re.split('(,)', 'a,b,c'), re.split(',', 'a,b,c', 1), re.escape('a.b-c')\nm = re.match(r'(?P<a>\\w+) (?P<b>\\w+)?', 'hello ')\nprint m.groupdict(), m.groups('x'), m.span(), m.lastindex, m.lastgroup, m.start('a'), m.end(1)\nprint re.sub(r'(\\w+)', r'<\\1>', 'a b'), re.sub(r'(?P<w>\\w+)', r'\\g<w>!', 'a b'), re.sub('a', lambda m: m.group().upper(), 'banana')\nprint re.search('(?i)ABC', 'xabc').group(), re.findall(r'^\\w', 'a\\nb', re.M), re.search('a.b', 'a\\nb', re.S).group(), re.search('a.b', 'a\\nb')\nprint re.findall(r'(\\d)(\\d)?', '12 3'), [m.span() for m in re.finditer(r'\\d+', 'a1 22 b333')]\nprint re.match(r'\\d+$', '123\\n') is not None, re.compile(r'^[0-9a-f]{8}$').match('c0ffee01').group()\ntry:\n    re.compile('(')\nexcept re.error, e:\n    print 'error:', e\n";

describe('re module (runtime/guest/modules/re.py over the _psre engine)', () => {
  it('sub/split/findall follow CPython 2.7 empty-match rules; named groups, inline flags, ^ $ . semantics, errors', async () => {
    expect(await output(SOURCE)).toBe("-a-b-d- ['a', 'b', 'c'] ['', 'x', '', ''] ('bbb', 3)\n['a', ',', 'b', ',', 'c'] ['a', 'b,c'] a\\.b\\-c\n{'a': 'hello', 'b': None} ('hello', 'x') (0, 6) 1 a 0 5\n<a> <b> a! b! bAnAnA\nabc ['a', 'b'] a\nb None\n[('1', '2'), ('3', '')] [(1, 2), (3, 5), (7, 10)]\nTrue c0ffee01\nerror: unbalanced parenthesis\n");
  });
});
