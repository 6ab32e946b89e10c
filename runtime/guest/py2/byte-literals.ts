import { utf8Bytes } from './utf8.js';

/**
 * Python 2 `'...'` literals are byte strings: in a UTF-8 source, `'é'` is the two bytes '\xc3\xa9' (len 2), and
 * `'\u00e9'` is six characters (no \u escape outside unicode literals); `'\012'` is an octal escape. Skulpt's parser
 * keeps the source characters and knows \u escapes in every literal, so unicode-literals.ts asks this decoder for the
 * byte string of every plain literal whose source text differs from what Skulpt reads (non-ASCII, \u, octal).
 * Bytes are represented as characters 0-255, as elsewhere in Skulpt's py2 str.
 */
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Does Skulpt read this plain (non-unicode) token differently from Python 2? */
export function needsByteDecoding(token: string): boolean {
  return /[^\x00-\x7f]|\\[uU0-7]/.test(token);
}

/** Decodes one string token (prefix, quotes, body) of a plain literal to its bytes. */
export function decodeByteLiteral(token: string): string {
  const prefix = /^[bBrR]*/.exec(token)?.[0] ?? '';
  const raw = /[rR]/.test(prefix);
  let body = token.slice(prefix.length);
  const quoteLength = body.startsWith('"""') || body.startsWith("'''") ? 3 : 1;
  body = body.slice(quoteLength, body.length - quoteLength);
  if (raw) return utf8Bytes(body);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch !== '\\' || i + 1 >= body.length) {
      if (ch.charCodeAt(0) <= 0x7f) {
        out += ch;
        continue;
      }
      const whole = String.fromCodePoint(body.codePointAt(i) as number);
      out += utf8Bytes(whole);
      i += whole.length - 1;
      continue;
    }
    const next = body[i + 1] as string;
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i++;
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0] ?? next;
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i += digits.length;
    } else if (next === 'x' && /^[0-9a-fA-F]{2}/.test(body.slice(i + 2))) {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else {
      // Unknown escapes (including \u in a str) keep their backslash.
      out += '\\';
    }
  }
  return out;
}
