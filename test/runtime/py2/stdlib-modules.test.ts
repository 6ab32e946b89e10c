import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "import string, functools\nfrom itertools import izip, imap, ifilter, izip_longest, tee, count\nprint string.Template('$a ${b}c $$').substitute(a=1, b=2), string.Template('$a $z').safe_substitute(a=1)\nprint string.upper('abc'), string.join(['a', 'b'], '-'), string.zfill('42', 5), repr(string.whitespace), string.letters[:3]\nprint 'abc'.translate(string.maketrans('abc', 'xyz'))\nprint list(izip(count(1), 'ab')), list(imap(None, [1, 2], [3, 4])), list(ifilter(None, [0, 1, 2]))\nprint list(izip_longest('abc', [1], fillvalue='-'))\na, b = tee([1, 2, 3])\nprint list(a), list(b)\nadd = functools.partial(lambda x, y: x + y, 10)\nprint add(5), functools.reduce(lambda x, y: x * y, [1, 2, 3, 4])\n";

describe('string, itertools and functools (runtime/guest/modules)', () => {
  it('Template, the old string functions, maketrans, izip/imap/ifilter/izip_longest/tee, partial', async () => {
    expect(await output(SOURCE)).toBe("1 2c $ 1 $z\nABC a-b 00042 ' \\t\\n\\r\\x0b\\x0c' abc\nxyz\n[(1, 'a'), (2, 'b')] [(1, 3), (2, 4)] [1, 2]\n[('a', 1), ('b', '-'), ('c', '-')]\n[1, 2, 3] [1, 2, 3]\n15 24\n");
  });
});
