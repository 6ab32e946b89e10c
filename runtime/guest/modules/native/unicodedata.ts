import { makeUnicode } from '../../py2/unicode.js';
import { fn } from './bytes.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';
import { engineValue } from '../../slots.js';
import { lazyPattern } from '../../lazy-pattern.js';

declare const Sk: SkGlobal;

/**
 * `_psunicodedata`: character properties from the JS engine's own Unicode tables (V8's ICU: General_Category
 * and Bidi_Mirrored through regex property escapes, String.prototype.normalize), one code point at a time.
 * `digit_value` is the value of a decimal digit (category Nd): Unicode allocates each run of Nd characters
 * as whole sets 0..9, so it is the distance from the start of the run, modulo 10.
 */
const CATEGORIES = [
  'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
  'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co',
].map((name) => [name, lazyPattern(`^\\p{${name}}$`)] as const);
const MIRRORED = lazyPattern('^\\p{Bidi_M}$');
const DECIMAL = lazyPattern('^\\p{Nd}$');

function codePointOf(obj: PyObject): number {
  const text = String(engineValue(obj));
  const cp = text.codePointAt(0);
  if (cp === undefined || String.fromCodePoint(cp).length !== text.length) {
    throw new Sk.builtin.TypeError('need a single Unicode character as parameter');
  }
  return cp;
}

function category(cp: number): string {
  const ch = String.fromCodePoint(cp);
  for (const [name, pattern] of CATEGORIES) if (pattern.test(ch)) return name;
  return 'Cn';
}

function digitValue(cp: number): number {
  if (!DECIMAL.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

export function psunicodedataModule(): Record<string, PyObject> {
  return {
    category: fn('category', (ch) => new Sk.builtin.str(category(codePointOf(ch)))),
    mirrored: fn('mirrored', (ch) => Sk.builtin.bool(MIRRORED.test(String.fromCodePoint(codePointOf(ch))))),
    code_point: fn('code_point', (ch) => new Sk.builtin.int_(codePointOf(ch))),
    from_code_point: fn('from_code_point', (cp) => makeUnicode(String.fromCodePoint(Number(engineValue(cp))))),
    digit_value: fn('digit_value', (ch) => new Sk.builtin.int_(digitValue(codePointOf(ch)))),
    normalize: fn('normalize', (form, text) => {
      const name = String(engineValue(form));
      if (!FORMS.has(name)) throw new Sk.builtin.ValueError('invalid normalization form');
      return makeUnicode(String(engineValue(text)).normalize(name as 'NFC'));
    }),
  };
}
