import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "print cmp(1, 2), cmp('b', 'a'), cmp([1], [1]), cmp(None, 0)\ndef f(a, b=2, c=3): return a, b, c\nprint apply(f, (1,)), apply(f, (1,), {'c': 9})\nd = {'a': 1}\nprint list(d.iteritems()), list(d.iterkeys()), list(d.itervalues()), d.has_key('a'), d.viewkeys()\nprint sorted([3, 1, 2], cmp=lambda a, b: b - a), oct(0), oct(8)\nprint '{:<6}|{:>4}|{:^5}|'.format('ab', 3, 'x'), '{0:{1}}|{{x}}'.format(3, 5), '{!r}'.format('a'), '{0[0]} {d[k]}'.format([9], d={'k': 1})\nprint 'aabbcc'.translate(''.join(chr(i) for i in range(97)) + 'xyz' + ''.join(chr(i) for i in range(100, 256))), 'abc'.translate(None, 'b')\n";

describe('Python 2 builtins (builtins-py2.ts, str-format.ts, str-translate.ts)', () => {
  it('cmp, apply, dict iter*/view*, sorted(cmp=), oct(0), str.format, str.translate', async () => {
    expect(await output(SOURCE)).toBe("-1 1 0 -1\n(1, 2, 3) (1, 2, 9)\n[('a', 1)] ['a'] [1] True dict_keys(['a'])\n[3, 2, 1] 0 010\nab    |   3|  x  |     3|{x} 'a' 9 1\nxxyyzz ac\n");
  });
});
