/**
 * Hostile texts for the compiler-injection fuzz tests: pieces that end JavaScript strings, comments and
 * template literals, line terminators JavaScript knows and Python does not, and payloads that would set a
 * canary if they ever ran as JavaScript. Combined deterministically from a fixed seed.
 */

/** The canary: set as a builtin, so a script sees `PWNED` from any scope if a payload ever ran. */
const SET_CANARY = 'Sk.builtins.PWNED=Sk.builtin.bool.true$';

/** Text that perspective-sandbox's rewrites of generated code look for (limits.ts, py2/*.ts). */
export const REWRITE_PATTERNS: readonly string[] = [
  'var $dateNow = Date.now();if ($dateNow - Sk.execStart > Sk.execLimit) {throw new Sk.builtin.TimeLimitError(Sk.timeoutMsg())}',
  "Sk.abstr.numberBinOp(a,b,'Div')",
  '$loadgbl=Sk.misceval.loadname(',
  'new Sk.builtin.str("',
];

export const ATOMS: readonly string[] = [
  "'", '"', '\\', '\n', '\r', '\u2028', '\u2029', '$', '*/', '/*', '${', '`', '</script>', '\0', '//', ')', ';', '}',
  '\\u0027', '\\x22', 'é', '\u00ff', '\u0100', '\uffff',
  `'+(${SET_CANARY})+'`,
  `"+(${SET_CANARY})+"`,
  `\\'+(${SET_CANARY})+\\'`,
  `\u2028${SET_CANARY};//`,
  `\u2029${SET_CANARY};//`,
  `\r${SET_CANARY};//`,
  `*/${SET_CANARY};/*`,
  `\`+\${${SET_CANARY}}+\``,
  `');${SET_CANARY};('`,
  `");${SET_CANARY};("`,
  ...REWRITE_PATTERNS,
];

/** mulberry32: a small deterministic PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every atom alone, then `count` combinations of 2 to 5 atoms, always the same for the same seed. */
export function hostileTexts(seed: number, count: number): string[] {
  const next = random(seed);
  const texts = [...ATOMS];
  for (let i = 0; i < count; i++) {
    const length = 2 + Math.floor(next() * 4);
    let text = '';
    for (let j = 0; j < length; j++) text += ATOMS[Math.floor(next() * ATOMS.length)];
    texts.push(text);
  }
  return texts;
}
