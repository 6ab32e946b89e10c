import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
describe('from __future__ import division (Skulpt patches 0012-0013, modules/__future__.py)', () => {
  it('makes / true division in that module only', async () => {
    const source = "from __future__ import division\nx = 7\nx /= 2\nprint 7 / 2, x, \",'Div')\", 7 // 2, 2**70 / 2, 7.0 / 2, -7 / 2, type(8 / 2).__name__\nimport __future__\nprint __future__.division\n";
    expect(await output(source)).toBe(",'Div') 3 5.90295810359e+20 3.5 -3.5 float\n".replace(/^/, '3.5 3.5 ') + '_Feature((2, 2, 0, \'alpha\', 2), (3, 0, 0, \'alpha\', 0), 8192)\n');
  });

  it('leaves / as floor division without the import', async () => {
    expect(await output('print 7 / 2, -7 / 2, 7.0 / 2\n')).toBe('3 -4 3.5\n');
  });
});
