import { formatFloat } from './float-format.js';
import { floatRepr } from './float-repr.js';
import type { PyComplex, PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/** A part of a complex as Python 2 shows it: the float's text without a trailing `.0`. */
function partText(value: number, shortest: boolean): string {
  const text = shortest ? floatRepr(value) : formatFloat(value, 'g', 12, false);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/**
 * repr() and str() of a complex as Jython prints them: `3j` when the real part is +0.0, otherwise `(re+imj)`
 * (a signed zero real part shows as `-0`); repr uses each part's shortest round-trip digits, str 12 significant
 * digits. Skulpt used 6 significant digits for both, so cmath results printed as `(1.27202+0.786151j)`.
 */
export function complexText(real: number, imag: number, shortest: boolean): string {
  const imagText = `${partText(imag, shortest)}j`;
  if (real === 0 && !Object.is(real, -0)) return imagText;
  const sign = imag < 0 || Object.is(imag, -0) || (Number.isNaN(imag) && imagText.startsWith('-')) ? '' : '+';
  return `(${partText(real, shortest)}${sign}${imagText})`;
}

/**
 * |x + iy| as Jython's abs(complex) and cmath.polar give it: the square root of x*x + y*y, which JS's Math.hypot
 * (a different summation) can miss by an ulp; Math.hypot only where the squares would overflow or underflow.
 */
export function complexAbs(x: number, y: number): number {
  const big = Math.max(Math.abs(x), Math.abs(y));
  const small = Math.min(Math.abs(x), Math.abs(y));
  if (big < 1e150 && (small === 0 || small > 1e-150)) return Math.sqrt(x * x + y * y);
  return Math.hypot(x, y);
}

/** Python 2 complex numbers as Jython shows and measures them: repr/str (see complexText) and abs(). */
export function installComplex(): void {
  const proto = Sk.builtin.complex.prototype;
  proto.nb$abs = function (this: PyComplex) {
    return new Sk.builtin.float_(complexAbs(this.real, this.imag));
  };
  proto.$r = function (this: PyComplex) {
    return new Sk.builtin.str(complexText(this.real, this.imag, true));
  };
  proto.tp$str = function (this: PyComplex) {
    return new Sk.builtin.str(complexText(this.real, this.imag, false));
  };
}
