import { formatFloat } from './float-format.js';
import type { PyNumber, PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * repr(float) as Python 2.7 and Jython print it: the shortest string that reads back as the same float,
 * in fixed notation for exponents -4..15 and in exponent notation (two-digit minimum) otherwise.
 * Skulpt's repr used 12 significant digits, the precision of str(), so `[0.1 + 0.2]` printed `[0.3]`.
 */
export function floatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  // toExponential() with no argument gives the shortest round-trip digits.
  const [mantissa, exp] = value.toExponential().split('e') as [string, string];
  const exponent = Number(exp);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  let text: string;
  if (exponent >= -5 && exponent < 16) {
    if (exponent < 0) {
      text = `0.${'0'.repeat(-exponent - 1)}${digits}`;
    } else if (digits.length <= exponent + 1) {
      text = `${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`;
    } else {
      text = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
    }
    if (exponent === -5) text = exponentForm(digits, exponent);
  } else {
    text = exponentForm(digits, exponent);
  }
  return negative ? `-${text}` : text;
}

function exponentForm(digits: string, exponent: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const sign = exponent < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/**
 * str(float) in Python 2: `%.12g`, with `.0` added when that reads as an integer. Jython switches to exponent
 * form one digit earlier than `%.12g`, from 1e11 on: str(123456789012.0) is '1.23456789012e+11'.
 */
export function floatStr(value: number): string {
  const text = formatFloat(value, 'g', 12, false);
  if (!/^-?\d+$/.test(text)) return text;
  if (text.replace('-', '').length < 12) return `${text}.0`;
  const [mantissa, exponent] = formatFloat(value, 'e', 11, false).split('e') as [string, string];
  return `${mantissa.replace(/\.?0+$/, '')}e${exponent}`;
}

export function installFloatRepr(): void {
  const proto = Sk.builtin.float_.prototype;
  proto.$r = function (this: PyNumber) {
    return new Sk.builtin.str(floatRepr(this.v));
  };
  proto.tp$str = function (this: PyNumber) {
    return new Sk.builtin.str(floatStr(this.v));
  };
}
