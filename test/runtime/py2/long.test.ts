import { describe, expect, it } from 'vitest';
import { output, py } from '../../helpers.js';

// Expectations are Jython 2.7's output for the same scripts.
describe('int/long (Python 2, Jython sys.maxint = 2**31-1)', () => {
  it('values past 32 bits are long, and long arithmetic stays long', async () => {
    expect(await output(py`
      import sys
      print sys.maxint, type(2**31), type(2147483647 + 1), repr(2**64), type(-2**31)
      x = 2**64
      print type(x - x), repr(x // x), repr(long(3)), type(int(10**20)), repr(10**20 / 3), repr(2**40 * 3)
      print isinstance(10**20, (int, long)), type(True + 1), type(7 * 3)
    `)).toBe("2147483647 <type 'long'> <type 'long'> 18446744073709551616L <type 'long'>\n<type 'long'> 1L 3L <type 'long'> 33333333333333333333L 3298534883328L\nTrue <type 'int'> <type 'int'>\n");
  });

  it('big floor division and modulo round toward negative infinity', async () => {
    expect(await output(py`
      print -2**70 % 7, -2**70 // 7, divmod(-2**70, 7), 7 // 2, -7 // 2, divmod(-7, 2), pow(3, 40, 5)
    `)).toBe('5 -168655945816773043347 (-168655945816773043347L, 5L) 3 -4 (-4, 1) 1\n');
  });

  it('long division by zero says so', async () => {
    expect(await output(py`
      try:
          10L % 0
      except ZeroDivisionError, e:
          print e
      try:
          10 / 0
      except ZeroDivisionError, e:
          print e
    `)).toBe('long division or modulo\ninteger division or modulo by zero\n');
  });
});
