import { getUnicodeType, makeUnicode } from '../py2/unicode.js';
import type { PyObject, PyStr, SkGlobal } from '../skulpt-types.js';
import { lazyPattern, type Pattern } from '../lazy-pattern.js';

declare const Sk: SkGlobal;

/**
 * The character tests of `unicode` (isalpha, isupper, islower, isalnum, isdigit, isdecimal, isnumeric, isspace,
 * istitle) over the whole Unicode range, as Jython answers them: letters are category L, digits and decimals
 * Nd (so u'\xb2'.isdigit() is False, as in Jython), numerics N, alphanumerics L, Nd or Nl; upper and lower case
 * include the Other_Uppercase / Other_Lowercase characters. Byte strings keep Skulpt's ASCII tests.
 */
const LETTER = lazyPattern('^\\p{L}$');
const DECIMAL = lazyPattern('^\\p{Nd}$');
const NUMERIC = lazyPattern('^\\p{N}$');
const ALNUM = lazyPattern('^[\\p{L}\\p{Nd}\\p{Nl}]$');
const UPPER = lazyPattern('^\\p{Uppercase}$');
const LOWER = lazyPattern('^\\p{Lowercase}$');
const TITLE = lazyPattern('^\\p{Lt}$');
const SPACE = lazyPattern('^[^\\S\\ufeff]$');

type Test = (text: string) => boolean;

const every = (pattern: Pattern): Test => (text) => {
  const chars = [...text];
  return chars.length > 0 && chars.every((c) => pattern.test(c));
};

/** At least one cased character, and every cased one is of the wanted case (titlecase counts as neither). */
const allCased = (wanted: Pattern): Test => (text) => {
  let cased = false;
  for (const c of text) {
    const upper = UPPER.test(c);
    const lower = LOWER.test(c);
    const title = TITLE.test(c);
    if (!upper && !lower && !title) continue;
    if (title || !wanted.test(c)) return false;
    cased = true;
  }
  return cased;
};

function isTitle(text: string): boolean {
  let afterCased = false;
  let cased = false;
  for (const c of text) {
    if (UPPER.test(c) || TITLE.test(c)) {
      if (afterCased) return false;
      afterCased = cased = true;
    } else if (LOWER.test(c)) {
      if (!afterCased) return false;
      afterCased = cased = true;
    } else {
      afterCased = false;
    }
  }
  return cased;
}

const TESTS: Record<string, Test> = {
  isalpha: every(LETTER),
  isdigit: every(DECIMAL),
  isdecimal: every(DECIMAL),
  isnumeric: every(NUMERIC),
  isalnum: every(ALNUM),
  isspace: every(SPACE),
  isupper: allCased(UPPER),
  islower: allCased(LOWER),
  istitle: isTitle,
};

/** One character's case mapping, kept only when it is one character (Python 2 has no special casing: u'\xdf' stays). */
function mapCase(c: string, upper: boolean): string {
  const mapped = upper ? c.toUpperCase() : c.toLowerCase();
  return [...mapped].length === 1 ? mapped : c;
}

/** unicode.title over the whole Unicode range: a cased character after a cased one is lowered, others uppered. */
function title(text: string): string {
  let out = '';
  let previousCased = false;
  for (const c of text) {
    out += mapCase(c, !previousCased);
    previousCased = UPPER.test(c) || LOWER.test(c) || TITLE.test(c);
  }
  return out;
}

export function installUnicodePredicates(): void {
  const unicode = getUnicodeType();
  unicode.prototype['title'] = new Sk.builtin.method_descriptor(unicode, {
    $name: 'title',
    $flags: { NoArgs: true },
    $textsig: null,
    $meth(this: PyStr) {
      return makeUnicode(title(this.v));
    },
  });
  for (const [name, test] of Object.entries(TESTS)) {
    unicode.prototype[name] = new Sk.builtin.method_descriptor(unicode, {
      $name: name,
      $flags: { NoArgs: true },
      $textsig: null,
      $meth(this: PyStr) {
        return test(this.v) ? Sk.builtin.bool.true$ : Sk.builtin.bool.false$;
      },
    });
  }
}
