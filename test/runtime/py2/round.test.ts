import { describe, expect, it } from 'vitest';
import { output, py } from '../../helpers.js';

// Jython 2.7 prints exactly this for the same script.
describe('round() (Python 2 / Jython)', () => {
  it('returns floats, rounds halves away from zero on the exact binary value', async () => {
    expect(await output(py`
      print round(2.675, 2), round(0.15, 1), round(2.5), round(-2.5), repr(round(-0.4)), round(1234, -2), round(5), round(1.5), round(0.5), round(-1234.5678, 2), round(0.285, 2)
    `)).toBe('2.67 0.1 3.0 -3.0 0.0 1200.0 5.0 2.0 1.0 -1234.57 0.28\n');
  });
});
