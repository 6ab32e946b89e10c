import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = `class O:
    x = 1
class P(O): pass
class N(object): pass
o = O()
print type(o), type(P()), type(O), O, repr(O)[:17], repr(o)[:22], type(N())
try:
    o.zz
except AttributeError, e:
    print e
try:
    O.zz
except AttributeError, e:
    print e
print vars(o), getattr(o, 'q', 5), hasattr(o, 'x'), P.__bases__ == (O,), O.__bases__, o.__class__ is O, isinstance(O, type)
try:
    vars(5)
except TypeError, e:
    print e
`;

describe('old-style classes (old-style-classes.ts)', () => {
  it('type, repr, str, __bases__, attribute errors and vars() as in Jython', async () => {
    expect(await output(SOURCE)).toBe(
      "<type 'instance'> <type 'instance'> <type 'classobj'> __main__.O <class __main__.O <__main__.O instance a <class '__main__.N'>\n" +
        "O instance has no attribute 'zz'\nclass O has no attribute 'zz'\n{} 5 True True () True False\n" +
        'vars() argument must have __dict__ attribute\n',
    );
  });
});
