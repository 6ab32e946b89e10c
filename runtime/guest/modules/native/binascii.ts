import { bytesOf, fn, pyInt, strOfBytes } from './bytes.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';
import { engineValue } from '../../slots.js';

declare const Sk: SkGlobal;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function error(message: string): PyObject {
  return new Sk.builtin.ValueError(message);
}

function hexlify(data: PyObject): PyObject {
  let out = '';
  for (const b of bytesOf(data)) out += b.toString(16).padStart(2, '0');
  return new Sk.builtin.str(out);
}

function unhexlify(text: PyObject): PyObject {
  const s = String(engineValue(text));
  if (s.length % 2 !== 0) throw new Sk.builtin.TypeError('Odd-length string');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) {
    const pair = s.slice(2 * i, 2 * i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) throw new Sk.builtin.TypeError('Non-hexadecimal digit found');
    out[i] = parseInt(pair, 16);
  }
  return strOfBytes(out);
}

function b2a_base64(data: PyObject): PyObject {
  const bytes = bytesOf(data);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return new Sk.builtin.str(out + '\n');
}

function a2b_base64(text: PyObject): PyObject {
  const s = String(engineValue(text));
  const values: number[] = [];
  let pads = 0;
  for (const ch of s) {
    if (ch === '=') { pads++; continue; }
    const v = B64.indexOf(ch);
    if (v < 0) continue;
    if (pads > 0) { pads = 0; }
    values.push(v);
  }
  if (values.length % 4 === 1) throw error('Incorrect padding');
  if (values.length % 4 !== 0 && pads < 4 - (values.length % 4)) throw error('Incorrect padding');
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 4) {
    const chunk = values.slice(i, i + 4);
    const n = ((chunk[0] ?? 0) << 18) | ((chunk[1] ?? 0) << 12) | ((chunk[2] ?? 0) << 6) | (chunk[3] ?? 0);
    out.push((n >> 16) & 255);
    if (chunk.length > 2) out.push((n >> 8) & 255);
    if (chunk.length > 3) out.push(n & 255);
  }
  return strOfBytes(Uint8Array.from(out));
}

let crcTable: Uint32Array | undefined;

export function crc32(bytes: Uint8Array, start = 0): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = (start ^ 0xffffffff) >>> 0;
  for (const b of bytes) crc = (crcTable[(crc ^ b) & 0xff]! ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}

/** Python 2 returns crc32 as a signed 32-bit int. */
export function signed32(n: number): number {
  return n | 0;
}

/** `_psbinascii`: the conversions of binascii, natively. */
export function binasciiModule(): Record<string, PyObject> {
  return {
    hexlify: fn('hexlify', hexlify),
    b2a_hex: fn('b2a_hex', hexlify),
    unhexlify: fn('unhexlify', unhexlify),
    a2b_hex: fn('a2b_hex', unhexlify),
    b2a_base64: fn('b2a_base64', b2a_base64),
    a2b_base64: fn('a2b_base64', a2b_base64),
    crc32: fn('crc32', (data, start) => pyInt(signed32(crc32(bytesOf(data), start === undefined ? 0 : Number(Sk.builtin.asnum$(start)))))),
  };
}
