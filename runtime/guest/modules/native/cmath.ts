import { complexAbs } from '../../py2/complex.js';
import { fn } from './bytes.js';
import type { PyException, PyObject, SkGlobal } from '../../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * `_pscmath`: the complex functions of cmath on (real, imag) pairs of doubles, written from the textbook
 * identities (sin z = -i sinh iz, acos z = -i log(z + i sqrt(1 - z^2)), ...) with JS's Math functions. sqrt,
 * exp, log, log10, sin, cos, phase, polar and rect give Jython's digits and signed zeros on the corpus; the
 * tangents and the inverse and hyperbolic functions can differ from Jython's in the last digit or two (Jython
 * evaluates them differently), and asinh/acosh near the imaginary axis can leave a tiny real part. A NaN from a non-NaN argument is `ValueError: math domain error`; an
 * infinity from finite values is `OverflowError: math range error`.
 */
type C = readonly [number, number];

const ONE: C = [1, 0];
const I: C = [0, 1];
const HALF: C = [0.5, 0];
const HALF_I: C = [0, 0.5];
const LOG10_E = 0.4342944819032518;
const LN2 = 0.6931471805599453;

const domainError = (): PyException => new Sk.builtin.ValueError('math domain error');
const rangeError = (): PyException => new Sk.builtin.OverflowError('math range error');

const isNaNPair = (z: C): boolean => Number.isNaN(z[0]) || Number.isNaN(z[1]);
const isInfPair = (z: C): boolean => Math.abs(z[0]) === Infinity || Math.abs(z[1]) === Infinity;

function checked(result: C, arg: C): C {
  if (isNaNPair(result) && !isNaNPair(arg)) throw domainError();
  return result;
}

const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const sub = (a: C, b: C): C => [a[0] - b[0], a[1] - b[1]];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const neg = (a: C): C => [-a[0], -a[1]];

function div(a: C, b: C): C {
  if (Math.abs(b[0]) >= Math.abs(b[1])) {
    if (b[0] === 0 && b[1] === 0) throw new Sk.builtin.ZeroDivisionError('complex division');
    const ratio = b[1] / b[0];
    const denominator = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denominator, (a[1] - a[0] * ratio) / denominator];
  }
  const ratio = b[0] / b[1];
  const denominator = b[0] * ratio + b[1];
  return [(a[0] * ratio + a[1]) / denominator, (a[1] * ratio - a[0]) / denominator];
}

/** The binary exponent of a finite double (as Java's Math.getExponent; zero and subnormals give -1023). */
function exponentOf(x: number): number {
  const a = Math.abs(x);
  if (a === 0 || a < 2 ** -1022) return -1023;
  if (!Number.isFinite(a)) return 1024;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return e;
}

/** ln |u + iv| without overflow or underflow in the squares. */
function logHypot(u: number, v: number): number {
  if (Math.abs(u) === Infinity || Math.abs(v) === Infinity) return Infinity;
  const ue = exponentOf(u);
  const ve = exponentOf(v);
  let result: number;
  if (ue < -511 && ve < -511) {
    const us = u * 2 ** 600;
    const vs = v * 2 ** 600;
    result = 0.5 * Math.log(us * us + vs * vs) - 600 * LN2;
  } else if (ue > 510 || ve > 510) {
    const us = u * 2 ** -600;
    const vs = v * 2 ** -600;
    result = 0.5 * Math.log(us * us + vs * vs) + 600 * LN2;
  } else {
    result = 0.5 * Math.log(u * u + v * v);
  }
  if (result === -Infinity) throw domainError();
  return result;
}

function log(z: C): C {
  return checked([logHypot(z[0], z[1]), Math.atan2(z[1], z[0])], z);
}

function sqrt(z: C): C {
  const u = Math.abs(z[0]);
  const v = Math.abs(z[1]);
  let x: number;
  let y: number;
  if (u === Infinity) {
    x = Infinity;
    y = Number.isNaN(v) || v === Infinity ? v : 0;
  } else if (v === Infinity) {
    x = Infinity;
    y = Infinity;
  } else if (Number.isNaN(u)) {
    x = u;
    y = u;
  } else if (v === 0) {
    x = Math.sqrt(u);
    y = 0;
  } else if (u === 0) {
    x = Math.SQRT1_2 * Math.sqrt(v);
    y = x;
  } else {
    const spread = exponentOf(u) - exponentOf(v);
    if (spread > 27) {
      x = Math.sqrt(u);
    } else if (spread < -27) {
      x = Math.sqrt(0.5 * u + 0.5 * v);
    } else {
      // x^2 = |w|/2 + u/2, halves scaled by 2**-601 / 2**599 when the squares would overflow / lose bits.
      const large = exponentOf(u) > 510 || exponentOf(v) > 510;
      const small = exponentOf(u) < -510 && exponentOf(v) < -510;
      const scale = large ? 2 ** -601 : small ? 2 ** 599 : 0.5;
      const a = u * scale;
      const b = v * scale;
      x = Math.sqrt(Math.sqrt(a * a + b * b) + a);
      if (large) x *= 2 ** 300;
      if (small) x *= 2 ** -300;
    }
    y = v / (x + x);
  }
  const negativeImag = z[1] < 0 || Object.is(z[1], -0);
  return z[0] < 0 ? [y, negativeImag ? -x : x] : [x, negativeImag ? -y : y];
}

function exp(z: C): C {
  const [x, y] = z;
  if (y === 0) {
    const u = Math.exp(x);
    if (u === Infinity && Number.isFinite(x)) throw rangeError();
    return [u, y];
  }
  const cosy = Math.cos(y);
  const siny = Math.sin(y);
  let result: C;
  if (x === -Infinity) {
    result = [cosy < 0 || Object.is(cosy, -0) ? -0 : 0, siny < 0 || Object.is(siny, -0) ? -0 : 0];
  } else if (x === Infinity) {
    result = Number.isNaN(cosy) ? [x, NaN] : [cosy < 0 ? -x : x, siny < 0 ? -x : x];
  } else {
    const r = Math.exp(x);
    result = [r * cosy, r * siny];
    if (isInfPair(result)) throw rangeError();
  }
  return checked(result, z);
}

/** sinh(x + iy) as (u, v). */
function sinhParts(x: number, y: number): C {
  if (y === 0) {
    const u = Math.sinh(x);
    if (Math.abs(u) === Infinity && Number.isFinite(x)) throw rangeError();
    return [u, y];
  }
  if (x === 0) return [x, Math.sin(y)];
  const cosy = Math.cos(y);
  const siny = Math.sin(y);
  if (Math.abs(x) === Infinity) return Number.isNaN(cosy) ? [x, NaN] : [x * cosy, Infinity * siny];
  const result: C = [Math.sinh(x) * cosy, Math.cosh(x) * siny];
  if (isInfPair(result)) throw rangeError();
  return result;
}

/** cosh(x + iy) as (u, v). */
function coshParts(x: number, y: number): C {
  const signOf = (n: number): number => (n < 0 || Object.is(n, -0) ? -1 : 1);
  if (y === 0) {
    const u = Math.cosh(x);
    if (u === Infinity && Number.isFinite(x)) throw rangeError();
    return [u, signOf(x) * y];
  }
  if (x === 0) return [Math.cos(y), x * signOf(y)];
  const cosy = Math.cos(y);
  const siny = Math.sin(y);
  if (Math.abs(x) === Infinity) return Number.isNaN(cosy) ? [Infinity, NaN] : [Infinity * cosy, x * siny];
  const result: C = [Math.cosh(x) * cosy, Math.sinh(x) * siny];
  if (isInfPair(result)) throw rangeError();
  return result;
}

const sinh = (z: C): C => checked(sinhParts(z[0], z[1]), z);
const cosh = (z: C): C => checked(coshParts(z[0], z[1]), z);
function sin(z: C): C {
  // sin z = -i sinh(iz), iz = -imag + i real
  const [u, v] = sinhParts(-z[1], z[0]);
  return checked([v, -u], z);
}
const cos = (z: C): C => checked(coshParts(-z[1], z[0]), z);

/** (a + ib) / (c + id) by the textbook formula, for tan and tanh. */
function quotient(a: number, b: number, c: number, d: number): C {
  const denominator = c * c + d * d;
  return [(a * c + b * d) / denominator, (b * c - a * d) / denominator];
}

function tan(z: C): C {
  const sr = Math.sin(z[0]);
  const cr = Math.cos(z[0]);
  const shi = Math.sinh(z[1]);
  const chi = Math.cosh(z[1]);
  return quotient(sr * chi, cr * shi, cr * chi, -sr * shi);
}

function tanh(z: C): C {
  const si = Math.sin(z[1]);
  const ci = Math.cos(z[1]);
  const shr = Math.sinh(z[0]);
  const chr = Math.cosh(z[0]);
  return quotient(ci * shr, si * chr, ci * chr, si * shr);
}

const timesI = (z: C): C => mul(z, I);

/**
 * On a branch cut along the real axis (imaginary part a signed zero, |real part| > 1) the result is the limit
 * from the side that zero's sign names, as Python documents: asin(2) is (pi/2 + 1.3169...j), asin(2 - 0j) its
 * conjugate. `sign` is +1 when the imaginary part of the result follows that sign, -1 when it is opposite.
 */
function onRealCut(z: C, result: C, sign: 1 | -1): C {
  if (z[1] !== 0 || !(Math.abs(z[0]) > 1)) return result;
  const positive = (Object.is(z[1], -0) ? -1 : 1) * sign > 0;
  return [result[0], positive ? Math.abs(result[1]) : -Math.abs(result[1])];
}

const asin = (z: C): C => onRealCut(z, neg(timesI(log(add(sqrt(sub(ONE, mul(z, z))), timesI(z))))), 1);
const acos = (z: C): C => onRealCut(z, neg(timesI(log(add(z, mul(I, sqrt(sub(ONE, mul(z, z)))))))), -1);
const atan = (z: C): C => mul(HALF_I, log(div(add(I, z), sub(I, z))));
const atanh = (z: C): C => onRealCut(z, mul(HALF, log(div(add(ONE, z), sub(ONE, z)))), 1);
function acosh(z: C): C {
  const r = log(mul(sqrt(HALF), add(sqrt(add(z, ONE)), sqrt(sub(z, ONE)))));
  return add(r, r);
}
function asinh(z: C): C {
  const r = log(mul(sqrt(HALF), add(sqrt(add(z, I)), sqrt(sub(z, I)))));
  return add(r, r);
}

function log10(z: C): C {
  return checked([logHypot(z[0], z[1]) * LOG10_E, Math.atan2(z[1], z[0]) * LOG10_E], z);
}

function logBase(z: C, base: C): C {
  const lnz: C = [logHypot(z[0], z[1]), Math.atan2(z[1], z[0])];
  const result = base[1] !== 0 || base[0] <= 0 ? div(lnz, log(base)) : [lnz[0] / Math.log(base[0]), lnz[1] / Math.log(base[0])] as C;
  return checked(result, z);
}

function rect(r: number, phi: number): C {
  if (Math.abs(r) === Infinity && !Number.isFinite(phi)) return [Infinity, NaN];
  if (phi === 0) {
    if (Number.isNaN(r)) return [NaN, 0];
    if (r === Infinity) return [r, phi];
    if (r === -Infinity) return [r, -phi];
  }
  if (r === 0 && !Number.isFinite(phi)) return [0, 0];
  return [r * Math.cos(phi), r * Math.sin(phi)];
}

const num = (obj: PyObject): number => Sk.builtin.asnum$(obj) as number;
const complexOf = (z: C): PyObject => new Sk.builtin.complex(z[0], z[1]);

const UNARY: Record<string, (z: C) => C> = {
  sqrt, exp, log, log10, sin, cos, tan, sinh, cosh, tanh, asin, acos, atan, asinh, acosh, atanh,
};

export function pscmathModule(): Record<string, PyObject> {
  const module: Record<string, PyObject> = {};
  for (const [name, body] of Object.entries(UNARY)) {
    module[name] = fn(name, (re: PyObject, im: PyObject) => complexOf(body([num(re), num(im)])));
  }
  module['log_base'] = fn('log_base', (re, im, bre, bim) => complexOf(logBase([num(re), num(im)], [num(bre!), num(bim!)])));
  module['rect'] = fn('rect', (r, phi) => complexOf(rect(num(r), num(phi))));
  module['polar'] = fn('polar', (re, im) => new Sk.builtin.tuple([
    new Sk.builtin.float_(complexAbs(num(re), num(im))), new Sk.builtin.float_(Math.atan2(num(im), num(re))),
  ]));
  return module;
}
