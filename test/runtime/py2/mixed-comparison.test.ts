import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "class A(object): pass\nprint sorted([3, \"a\", None, 2.5, [1], (1,), u\"b\", 10L, {}])\nprint {} < [], u\"b\" > (1,), 1 < A(), None < A(), max([1], u\"a\"), min(u\"z\", (1,)), repr(frozenset()), Ellipsis, type(Ellipsis).__name__\n";

describe('mixed-type ordering, repr(frozenset()), Ellipsis (mixed-comparison.ts, empty-frozenset.ts, builtins-py2.ts)', () => {
  it('orders values of different types as Python 2 does', async () => {
    expect(await output(SOURCE)).toBe("[None, 2.5, 3, 10L, {}, [1], 'a', (1,), u'b']\nTrue True True True a (1,) frozenset([]) Ellipsis ellipsis\n");
  });
});
