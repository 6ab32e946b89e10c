import type { PyObject, SkGlobal } from '../skulpt-types.js';
import { requireSlot } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2 `round(x[, n])` as Jython computes it: always a float, halves go away from zero, and the decision uses
 * the exact binary value of x, so `round(2.675, 2)` is 2.67 (2.675 is stored as 2.67499999...). JavaScript's
 * toFixed rounds the exact binary value the same way. Skulpt rounds the decimal text (2.68) and returns ints.
 * Any object with `__float__` is rounded as its float, as Jython does (`round(Decimal('2.675'), 2)` is 2.67).
 */
function roundFloat(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Jython: a value below half a unit of the last digit even at the top of its binary exponent rounds to a signed
  // zero (round(-1e-9, 3) is -0.0); others go through decimal rounding, which gives an unsigned one (round(-0.4) is 0.0).
  const exponent = Math.floor(Math.log2(Math.abs(x)));
  if (digits >= -308 && digits <= 308 && 2 ** (exponent + 1) < 0.5 * 10 ** -digits && 2 ** exponent <= Math.abs(x)) return x < 0 ? -0 : 0;
  if (digits >= 0 && digits <= 100 && Math.abs(x) < 1e21) return Number(x.toFixed(digits)) || 0; // Jython: round(-0.4) is 0.0
  if (digits > 100) return x;
  const scale = 10 ** -digits;
  const y = Math.abs(x) / scale;
  const rounded = Math.floor(y) + (y - Math.floor(y) >= 0.5 ? 1 : 0);
  return Math.sign(x) * rounded * scale || 0;
}

export function installRound(): void {
  Sk.builtins['round'] = new Sk.builtin.func(function round(number: PyObject, ndigits?: PyObject) {
    Sk.builtin.pyCheckArgsLen('round', arguments.length, 1, 2);
    if (!Sk.builtin.checkNumber(number) && Sk.abstr.lookupSpecial(number, Sk.builtin.str.$float_) === undefined) {
      throw new Sk.builtin.TypeError('a float is required');
    }
    const x = Number(Sk.builtin.asnum$(requireSlot(Sk.builtin.float_.prototype, 'tp$new').call(Sk.builtin.float_.prototype, [number])));
    const digits = ndigits === undefined || ndigits === Sk.builtin.none.none$ ? 0 : Sk.misceval.asIndexSized(ndigits);
    return new Sk.builtin.float_(roundFloat(x, digits));
  });
}
