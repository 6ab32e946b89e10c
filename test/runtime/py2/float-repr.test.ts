import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected lines are Jython 2.7's output for the same script.
describe('float repr and str', () => {
  it('repr is the shortest round-trip form and str uses 12 significant digits, as in Jython', async () => {
    const script = `for x in [0.1+0.2, 1e16, 1e-5, 123456789012345678.0, 5.0, -0.0, 1e22, 0.0001, 1.5, 100.0, 1e15, 2.5e-7, float('inf'), -float('inf'), float('nan'), 3.14159265358979]:
    print repr(x), str(x), [x]
`;
    expect(await output(script)).toBe([
      '0.30000000000000004 0.3 [0.30000000000000004]',
      '1e+16 1e+16 [1e+16]',
      '1e-05 1e-05 [1e-05]',
      '1.2345678901234568e+17 1.23456789012e+17 [1.2345678901234568e+17]',
      '5.0 5.0 [5.0]',
      '-0.0 -0.0 [-0.0]',
      '1e+22 1e+22 [1e+22]',
      '0.0001 0.0001 [0.0001]',
      '1.5 1.5 [1.5]',
      '100.0 100.0 [100.0]',
      '1000000000000000.0 1e+15 [1000000000000000.0]',
      '2.5e-07 2.5e-07 [2.5e-07]',
      'inf inf [inf]',
      '-inf -inf [-inf]',
      'nan nan [nan]',
      '3.14159265358979 3.14159265359 [3.14159265358979]',
      '',
    ].join('\n'));
  });
});
