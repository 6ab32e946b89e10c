import { formatFloat } from './float-format.js';
import { isUnicode, makeUnicode } from './unicode.js';
import { decodeBytes } from './codecs.js';
import type { PyObject, PyStr, SkGlobal } from '../skulpt-types.js';
import { engineValue, slotsOf } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2 string `%` formatting, replacing Skulpt's: any mapping works with `%(key)s` (any key text),
 * flags and widths behave as in CPython/Jython (`%-14s` pads on the right), too few or too many arguments
 * raise TypeError, `%e`/`%g` use Python's exponent rules, and a unicode argument makes the result unicode.
 */
const SPEC = /%(?:\(([^)]*)\))?([-#0 +]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)?/y;

export function installPercentFormat(): void {
  Sk.builtin.str.prototype.nb$remainder = function (this: PyStr, rhs: PyObject) {
    return percentFormat(this, rhs);
  };
}

function isMappingArg(obj: PyObject): boolean {
  if (obj instanceof Sk.builtin.tuple || obj instanceof Sk.builtin.str) return false;
  return obj instanceof Sk.builtin.dict || typeof slotsOf(obj).mp$subscript === 'function' && !(obj instanceof Sk.builtin.list);
}

/** One conversion of a template: the text before it, then its parts; `incomplete` marks a broken spec (raised when reached). */
interface Spec {
  readonly before: string;
  readonly at: number;
  readonly key: string | undefined;
  readonly flags: string;
  readonly widthSpec: string | undefined;
  readonly precisionSpec: string | undefined;
  readonly conversion: string;
  readonly incomplete: boolean;
}

interface Template {
  readonly specs: readonly Spec[];
  readonly tail: string;
  /** Every spec is a bare %d, %i or %s (no key, flags, width or precision): see bareFormat. */
  readonly bare: boolean;
}

/** Parsed templates by text: scripts format with the same few literals over and over. */
const templates = new Map<string, Template>();
const MAX_TEMPLATES = 512;
const MAX_CACHED_TEMPLATE_CHARS = 2000;

function parseTemplate(text: string): Template {
  const cached = templates.get(text);
  if (cached !== undefined) return cached;
  const specs: Spec[] = [];
  let i = 0;
  let tail = '';
  for (;;) {
    const percent = text.indexOf('%', i);
    if (percent < 0) {
      tail = text.slice(i);
      break;
    }
    SPEC.lastIndex = percent;
    const m = SPEC.exec(text);
    const before = text.slice(i, percent);
    if (m === null || m[5] === undefined) {
      specs.push({ before, at: percent, key: undefined, flags: '', widthSpec: undefined, precisionSpec: undefined, conversion: '', incomplete: true });
      break;
    }
    i = SPEC.lastIndex;
    const [, key, flags = '', widthSpec, precisionSpec, conversion] = m as unknown as [string, string | undefined, string | undefined, string | undefined, string | undefined, string];
    specs.push({ before, at: percent, key, flags, widthSpec, precisionSpec, conversion, incomplete: false });
  }
  const bare = specs.every((spec) => !spec.incomplete && spec.key === undefined && spec.flags === '' && spec.widthSpec === undefined
    && spec.precisionSpec === undefined && (spec.conversion === 'd' || spec.conversion === 'i' || spec.conversion === 's'));
  const template = { specs, tail, bare };
  if (text.length <= MAX_CACHED_TEMPLATE_CHARS) {
    if (templates.size >= MAX_TEMPLATES) templates.clear();
    templates.set(text, template);
  }
  return template;
}

export function percentFormat(template: PyStr, rhs: PyObject): PyObject {
  const parsed = parseTemplate(template.v);
  if (parsed.bare && template.constructor === Sk.builtin.str) {
    const text = bareFormat(parsed, rhs);
    if (text !== undefined) return new Sk.builtin.str(text);
  }
  const { specs, tail } = parsed;
  const positional: PyObject[] = rhs instanceof Sk.builtin.tuple ? rhs.v : [rhs];
  const mapping = isMappingArg(rhs) ? rhs : undefined;
  let next = 0;
  let usedMapping = false;
  let unicodeResult = isUnicode(template);
  const take = (): PyObject => {
    const item = positional[next++];
    if (item === undefined) throw new Sk.builtin.TypeError('not enough arguments for format string');
    return item;
  };

  let out = '';
  for (const { before, at, key, flags, widthSpec, precisionSpec, conversion, incomplete } of specs) {
    out += before;
    if (incomplete) throw new Sk.builtin.ValueError('incomplete format');
    if (conversion === '%' && key === undefined) {
      out += '%';
      continue;
    }
    let value: PyObject | undefined;
    if (key !== undefined) {
      if (mapping === undefined) throw new Sk.builtin.TypeError('format requires a mapping');
      usedMapping = true;
      value = Sk.abstr.objectGetItem(mapping, new Sk.builtin.str(key));
    }
    let width = widthSpec === '*' ? toInt(take(), '* wants int') : widthSpec ? Number(widthSpec) : 0;
    const precision = precisionSpec === '*' ? toInt(take(), '* wants int') : precisionSpec !== undefined ? Number(precisionSpec || '0') : undefined;
    let left = flags.includes('-');
    if (width < 0) {
      left = true;
      width = -width;
    }
    value ??= take();
    const converted = convert(value, conversion, flags, precision, at);
    // Once the result is unicode, a str argument is decoded as ASCII (UnicodeDecodeError past it). Jython keeps
    // the template and the arguments before the first unicode one as they are.
    if (unicodeResult && !converted.unicode && (conversion === 's' || conversion === 'c')) decodeBytes(converted.text, 'ascii', 'strict');
    if (converted.unicode) unicodeResult = true;
    out += pad(converted.text, width, left, flags.includes('0') && converted.numeric && !left);
  }
  out += tail;
  // A mapping argument may go unused (CPython: "%s" % {} is fine); a tuple must be used up exactly.
  if (!usedMapping && mapping === undefined && next < positional.length) {
    throw new Sk.builtin.TypeError('not all arguments converted during string formatting');
  }
  return unicodeResult ? makeUnicode(out) : new Sk.builtin.str(out);
}

/**
 * The common case without the general path's work ("k%d" % i in a loop): a str template of bare specs, each
 * given an exact int held as a number (%d, %i) or an exact str (%s), as many as there are specs. Anything
 * else (and every error) is undefined, for the general path.
 */
function bareFormat({ specs, tail }: Template, rhs: PyObject): string | undefined {
  const args: readonly PyObject[] | undefined = rhs instanceof Sk.builtin.tuple ? rhs.v : undefined;
  if (args === undefined ? specs.length !== 1 : args.length !== specs.length) return undefined;
  let out = '';
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as Spec;
    const value = args === undefined ? rhs : args[i] as PyObject;
    if (spec.conversion === 's') {
      if (value.constructor !== Sk.builtin.str) return undefined;
      out += spec.before + (value as PyStr).v;
    } else {
      const v: unknown = (value as { v?: unknown }).v;
      if (value.constructor !== Sk.builtin.int_ || typeof v !== 'number') return undefined;
      out += spec.before + String(v);
    }
  }
  return out + tail;
}

interface Converted { text: string; numeric: boolean; unicode: boolean }

function convert(value: PyObject, conversion: string, flags: string, precision: number | undefined, index: number): Converted {
  switch (conversion) {
    case 's':
    case 'r': {
      const unicode = conversion === 's' && isUnicode(value);
      let text: string = conversion === 'r' ? Sk.misceval.objectRepr(value) : new Sk.builtin.str(value).v;
      if (precision !== undefined) text = text.slice(0, precision);
      return { text, numeric: false, unicode };
    }
    case 'd': case 'i': case 'u': {
      // An int held as a JS number is a safe integer: its decimal text needs no bigint.
      const text = value instanceof Sk.builtin.int_ && typeof value.v === 'number' ? String(value.v) : integerOf(value, conversion).toString();
      return { text: sign(text, flags), numeric: true, unicode: false };
    }
    case 'o': case 'x': case 'X': {
      const n = integerOf(value, conversion);
      const negative = n < 0n;
      let digits = (negative ? -n : n).toString(conversion === 'o' ? 8 : 16);
      if (conversion === 'X') digits = digits.toUpperCase();
      if (precision !== undefined) digits = digits.padStart(precision, '0');
      const prefix = flags.includes('#') ? (conversion === 'o' ? (digits.startsWith('0') ? '' : '0') : `0${conversion}`) : '';
      return { text: sign((negative ? '-' : '') + prefix + digits, flags), numeric: true, unicode: false };
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    {
      const x = floatOf(value);
      const text = formatFloat(x, conversion, precision, flags.includes('#'));
      return { text: sign(Object.is(x, -0) && !text.startsWith('-') ? `-${text}` : text, flags), numeric: true, unicode: false };
    }
    case 'c':
      return { text: charOf(value), numeric: false, unicode: isUnicode(value) };
    default: {
      const code = conversion.charCodeAt(0);
      throw new Sk.builtin.ValueError(`unsupported format character '${conversion}' (0x${code.toString(16)}) at index ${index + 1}`);
    }
  }
}

function sign(text: string, flags: string): string {
  if (text.startsWith('-')) return text;
  if (flags.includes('+')) return `+${text}`;
  if (flags.includes(' ')) return ` ${text}`;
  return text;
}

function pad(text: string, width: number, left: boolean, zeros: boolean): string {
  if (text.length >= width) return text;
  if (left) return text.padEnd(width, ' ');
  if (!zeros) return text.padStart(width, ' ');
  const signChars = /^([+\- ]?(?:0[xXo])?)/.exec(text)?.[1] ?? '';
  return signChars + text.slice(signChars.length).padStart(width - signChars.length, '0');
}

function integerOf(value: PyObject, conversion: string): bigint {
  if (value instanceof Sk.builtin.int_) return BigInt(String(value.v));
  if (value instanceof Sk.builtin.float_) {
    if (!Number.isFinite(value.v)) throw new Sk.builtin.OverflowError('cannot convert float infinity to integer');
    return BigInt(Math.trunc(value.v));
  }
  const numberMethod = Sk.abstr.lookupSpecial(value, Sk.builtin.str.$int_);
  if (numberMethod !== undefined && !(value instanceof Sk.builtin.str)) {
    return BigInt(String(engineValue(Sk.misceval.callsimArray(Sk.builtin.int_, [value]))));
  }
  throw new Sk.builtin.TypeError(`%${conversion} format: a number is required, not ${Sk.abstr.typeName(value)}`);
}

function floatOf(value: PyObject): number {
  if (value instanceof Sk.builtin.float_) return value.v;
  if (value instanceof Sk.builtin.int_) return Number(String(value.v));
  if (!(value instanceof Sk.builtin.str) && Sk.abstr.lookupSpecial(value, Sk.builtin.str.$float_) !== undefined) {
    return Number(engineValue(Sk.misceval.callsimArray(Sk.builtin.float_, [value])));
  }
  throw new Sk.builtin.TypeError(`float argument required, not ${Sk.abstr.typeName(value)}`);
}

function toInt(value: PyObject, message: string): number {
  if (!(value instanceof Sk.builtin.int_)) throw new Sk.builtin.TypeError(message);
  return Number(value.v);
}

function charOf(value: PyObject): string {
  if (value instanceof Sk.builtin.str) {
    if (value.v.length !== 1) throw new Sk.builtin.TypeError('%c requires int or char');
    return value.v;
  }
  if (value instanceof Sk.builtin.int_) {
    const code = Number(value.v);
    if (code < 0 || code > 255) throw new Sk.builtin.OverflowError('unsigned byte integer is greater than maximum');
    return String.fromCharCode(code);
  }
  throw new Sk.builtin.TypeError('%c requires int or char');
}
