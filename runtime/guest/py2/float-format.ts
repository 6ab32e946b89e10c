import type { PyNumber, PyObject, SkGlobal } from '../skulpt-types.js';
import { methodDescriptor, replaceMethod } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Float formatting as Jython 2.7 does it for `%e %f %g` (and their upper-case forms): two-digit minimum exponents,
 * %g switching to exponent form by the C rules, trailing zeros stripped, exact ties rounded to even, and %f of a
 * huge value printing every digit.
 */
export function formatFloat(value: number, conversion: string, precision: number | undefined, alternate: boolean): string {
  const upper = conversion === 'E' || conversion === 'G' || conversion === 'F';
  let text: string;
  if (!Number.isFinite(value)) {
    text = Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  } else {
    switch (conversion.toLowerCase()) {
      case 'e': text = expForm(value, precision ?? 6, alternate); break;
      case 'f': text = fixedForm(value, precision ?? 6, alternate); break;
      default: text = generalForm(value, precision ?? 6, alternate); break;
    }
  }
  return upper ? text.toUpperCase() : text;
}

/**
 * Jython rounds an exact tie (2.5, 0.125, 2.25 are exact binary values) to even; JavaScript's toFixed and
 * toExponential round ties away from zero. Non-ties already round on the exact binary value in both.
 */
function isTie(longer: string, precision: number): boolean {
  const fraction = longer.split('e')[0]!.split('.')[1] ?? '';
  return /^50*$/.test(fraction.slice(precision));
}

/** The digit string rounded away from zero at a tie, moved to the even neighbour when its last digit is odd. */
function toEven(text: string): string {
  const m = /(\d)(\D*)$/.exec(text.split('e')[0]!);
  if (m === null) return text;
  const digit = Number(m[1]);
  if (digit % 2 === 0) return text;
  const mantissa = text.split('e')[0]!;
  const at = mantissa.length - 1 - (m[2]?.length ?? 0);
  const rest = text.slice(mantissa.length);
  return mantissa.slice(0, at) + String(digit - 1) + mantissa.slice(at + 1) + rest;
}

function toFixedEven(value: number, precision: number): string {
  const p = Math.min(precision, 100);
  const text = value.toFixed(p);
  if (p + 30 > 100) return text;
  return isTie(Math.abs(value).toFixed(p + 30), p) ? toEven(text) : text;
}

function toExponentialEven(value: number, precision: number): string {
  const p = Math.min(precision, 100);
  const text = value.toExponential(p);
  if (p + 30 > 100) return text;
  const longer = Math.abs(value).toExponential(p + 30);
  // A tie rounded up to a new power of ten (9.5 -> 1e+1) is already even.
  if (longer.split('e')[1] !== text.split('e')[1]) return text;
  return isTie(longer, p) ? toEven(text) : text;
}

function expForm(value: number, precision: number, alternate: boolean): string {
  const [mantissa, exponent] = toExponentialEven(value, precision).split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  const digits = exponent.replace(/^[+-]/, '').padStart(2, '0');
  const m = alternate && precision === 0 ? `${mantissa}.` : mantissa;
  return `${m}e${sign}${digits}`;
}

function fixedForm(value: number, precision: number, alternate: boolean): string {
  let text = Math.abs(value) >= 1e21 ? bigFixed(value, precision) : toFixedEven(value, precision);
  if (alternate && precision === 0) text += '.';
  return text;
}

/** toFixed switches to exponent notation past 1e21; Jython prints every digit of the exact value. */
function bigFixed(value: number, precision: number): string {
  const integer = BigInt(Math.trunc(value)).toString();
  return precision > 0 ? `${integer}.${'0'.repeat(precision)}` : integer;
}

function generalForm(value: number, precision: number, alternate: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (value === 0) return alternate ? `0.${'0'.repeat(p - 1)}` : (Object.is(value, -0) ? '-0' : '0');
  const exponent = Number(toExponentialEven(value, p - 1).split('e')[1]);
  let text: string;
  if (exponent < -4 || exponent >= p) {
    text = expForm(value, p - 1, alternate);
    if (!alternate) text = text.replace(/\.?0+e/, 'e');
  } else {
    text = toFixedEven(value, Math.max(0, p - 1 - exponent));
    if (!alternate && text.includes('.')) text = text.replace(/\.?0+$/, '');
  }
  return text;
}

const FORMAT_SPEC = /^(?:([\s\S])?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?(,)?(?:\.(\d+))?([eEfFgGn%])?$/;

/** A precision and no type: %g, but the exponent form from `precision - 1` digits on, and '.0' after a whole number. */
function noTypeForm(magnitude: number, precision: number): string {
  const p = Math.max(precision, 1);
  if (!Number.isFinite(magnitude)) return formatFloat(magnitude, 'g', p, false);
  if (magnitude === 0) return p === 1 ? '0.0e+00' : '0.0'; // Jython's forms
  const exponent = magnitude === 0 ? 0 : Number(magnitude.toExponential(p - 1).split('e')[1]);
  if (exponent < -4 || exponent >= p - 1 && magnitude !== 0) {
    return formatFloat(magnitude, 'e', p - 1, false).replace(/\.?0*e/, 'e');
  }
  const text = formatFloat(magnitude, 'g', p, false);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** `format(x, spec)` / str.format for a float with an e, f, g or % type, as Jython formats it; undefined otherwise. */
export function formatFloatSpec(value: number, spec: string): string | undefined {
  const m = FORMAT_SPEC.exec(spec);
  if (m === null) return undefined;
  const [, fillChar, alignChar, signChar, alternateFlag, zeroFlag, widthText, comma, precisionText, type] = m;
  const precision = precisionText === undefined ? 6 : Number(precisionText);
  const negative = value < 0 || Object.is(value, -0);
  const magnitude = Math.abs(value);
  let body: string;
  if (type === undefined) {
    // No type (Jython): str(x) without a precision, %g-like with one.
    body = precisionText === undefined ? new Sk.builtin.str(new Sk.builtin.float_(magnitude)).v : noTypeForm(magnitude, precision);
  } else if (type === '%') {
    body = formatFloat(magnitude * 100, 'f', precision, alternateFlag !== undefined) + '%';
  } else {
    // 'n' is 'g' in the C locale Jython runs with.
    body = formatFloat(magnitude, type === 'n' ? 'g' : type, precision, alternateFlag !== undefined);
  }
  if (comma !== undefined && type !== 'n' && Number.isFinite(magnitude)) {
    const dot = body.search(/[.eE%]/);
    const integer = dot === -1 ? body : body.slice(0, dot);
    body = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot === -1 ? '' : body.slice(dot));
  }
  const sign = negative ? '-' : signChar === '+' ? '+' : signChar === ' ' ? ' ' : '';
  const width = widthText === undefined ? 0 : Number(widthText);
  const zero = zeroFlag !== undefined && alignChar === undefined;
  const fill = zero ? '0' : fillChar ?? ' ';
  const align = zero ? '=' : alignChar ?? '>';
  const padding = Math.max(0, width - sign.length - body.length);
  switch (align) {
    case '<': return sign + body + fill.repeat(padding);
    case '^': return fill.repeat(Math.floor(padding / 2)) + sign + body + fill.repeat(Math.ceil(padding / 2));
    case '=': return sign + fill.repeat(padding) + body;
    default: return fill.repeat(padding) + sign + body;
  }
}

/** float.__format__ goes through formatFloatSpec for the e/f/g/% types (ties to even, every digit of huge %f). */
export function installFloatFormatSpec(): void {
  const descriptor = methodDescriptor(Sk.builtin.float_.prototype, '__format__');
  if (descriptor === undefined) return;
  const original = descriptor.$meth;
  replaceMethod(descriptor, function (this: PyNumber, spec: PyObject) {
    if (spec instanceof Sk.builtin.str) {
      const text = formatFloatSpec(this.v, spec.v);
      if (text !== undefined) return new Sk.builtin.str(text);
    }
    return original.call(this, spec);
  });
}
