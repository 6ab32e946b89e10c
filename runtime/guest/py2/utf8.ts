/**
 * UTF-8 in plain code: the guest's vm context has no reliable TextEncoder/TextDecoder (Skulpt's stand-ins ignore
 * `fatal`). Bytes are JS strings of characters 0-255, as Python 2 str holds them.
 */
export type Utf8Step =
  | { readonly ok: true; readonly length: number; readonly text: string }
  | { readonly ok: false; readonly length: number; readonly error: 'start' | 'end' | 'data' | 'illegal' };

/** The UTF-8 bytes of a text, one character 0-255 per byte. */
export function utf8Bytes(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out += ch;
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Reads the sequence at `i` (bytes.charCodeAt gives each byte). */
export function utf8Step(bytes: string, i: number): Utf8Step {
  const lead = bytes.charCodeAt(i) & 0xff;
  const length = sequenceLength(lead);
  if (length === 0) return { ok: false, length: 1, error: 'start' };
  if (length === 1) return { ok: true, length: 1, text: String.fromCharCode(lead) };
  if (i + length > bytes.length) return { ok: false, length: bytes.length - i, error: 'end' };
  let code = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const b = bytes.charCodeAt(i + k) & 0xff;
    if (b < 0x80 || b > 0xbf) return { ok: false, length, error: 'data' };
    code = (code << 6) | (b & 0x3f);
  }
  const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return { ok: false, length, error: 'illegal' };
  return { ok: true, length, text: String.fromCodePoint(code) };
}
