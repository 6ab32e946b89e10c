import { utf8Bytes, utf8Step } from './utf8.js';
import { isUnicode, makeUnicode } from './unicode.js';
import { deflate, inflate } from 'pako';
import type { PyKwArgs, PyObject, PyStr, SkGlobal } from '../skulpt-types.js';
import { engineValue, requireSlot } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2 encode/decode, with Jython's results and messages: `unicode.encode()` gives a str (bytes, characters
 * 0-255), `str.decode()` gives unicode; the default codec is ASCII; codecs ascii, utf-8, latin-1 (and their
 * aliases); error handlers strict, ignore, replace, xmlcharrefreplace (encode), backslashreplace (encode).
 * Like Jython, a str's characters are taken as code points when it is encoded (`'\xe9'.encode('utf-8')` is
 * '\xc3\xa9') and a unicode's as bytes when it is decoded.
 */
type Codec = 'ascii' | 'utf-8' | 'latin-1';

const ALIASES: Readonly<Record<string, Codec>> = {
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
  'utf-8': 'utf-8', utf8: 'utf-8', u8: 'utf-8', 'utf': 'utf-8',
  'latin-1': 'latin-1', latin1: 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1', l1: 'latin-1', latin: 'latin-1',
};

function codecOf(name: string): Codec {
  const codec = ALIASES[name.toLowerCase().replace(/_/g, '-')];
  if (codec === undefined) throw new Sk.builtin.LookupError(`unknown encoding '${name}'`);
  return codec;
}

function hexByte(code: number): string {
  return code.toString(16).padStart(2, '0');
}

/** `u'\xe9'`, `u'\u65e5'`, as Python 2's messages quote a character. */
function quotedChar(code: number): string {
  if (code <= 0xff) return `u'\\x${hexByte(code)}'`;
  if (code <= 0xffff) return `u'\\u${code.toString(16).padStart(4, '0')}'`;
  return `u'\\U${code.toString(16).padStart(8, '0')}'`;
}

/** Encodes text (JS string of code points) to bytes; raises UnicodeEncodeError as Python 2 words it. */
export function encodeText(text: string, encoding = 'ascii', errors = 'strict'): string {
  const codec = codecOf(encoding);
  if (codec === 'utf-8') return utf8Bytes(text);
  const limit = codec === 'ascii' ? 0x80 : 0x100;
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const code = ch.codePointAt(0) as number;
    if (code < limit) {
      out += ch;
      continue;
    }
    let end = i + 1;
    while (end < chars.length && (chars[end]!.codePointAt(0) as number) >= limit) end++;
    switch (errors) {
      case 'strict': {
        const what = end - i === 1 ? `character ${quotedChar(code)} in position ${i}` : `characters in position ${i}-${end - 1}`;
        throw new Sk.builtin.UnicodeEncodeError(`'${codec}' codec can't encode ${what}: ordinal not in range(${limit})`);
      }
      case 'ignore': break;
      case 'replace': out += '?'; break;
      case 'xmlcharrefreplace': out += `&#${code};`; break;
      case 'backslashreplace':
        out += code <= 0xff ? `\\x${hexByte(code)}` : code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
        break;
      default: throw new Sk.builtin.LookupError(`unknown error handler name '${errors}'`);
    }
  }
  return out;
}

/** Decodes bytes (characters 0-255) to text; raises UnicodeDecodeError as Jython words it. */
export function decodeBytes(bytes: string, encoding = 'ascii', errors = 'strict'): string {
  const codec = codecOf(encoding);
  if (codec === 'latin-1') return bytes;
  if (!['strict', 'ignore', 'replace'].includes(errors)) throw new Sk.builtin.LookupError(`unknown error handler name '${errors}'`);
  if (codec === 'ascii') {
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
      const code = bytes.charCodeAt(i);
      if (code < 0x80) out += bytes[i];
      else if (errors === 'strict') throw new Sk.builtin.UnicodeDecodeError(`'ascii' codec can't decode byte 0x${hexByte(code & 0xff)} in position ${i}: ordinal not in range(128)`);
      else if (errors === 'replace') out += '\ufffd';
    }
    return out;
  }
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const step = utf8Step(bytes, i);
    if (step.ok) out += step.text;
    else if (errors === 'strict') throw new Sk.builtin.UnicodeDecodeError(`'utf-8' codec can't decode ${utf8Error(bytes, i, step.length, step.error)}`);
    else if (errors === 'replace') out += '\ufffd';
    i += step.ok ? step.length : 1;
  }
  return out;
}

/** An invalid sequence in Jython's words. */
function utf8Error(bytes: string, i: number, length: number, error: 'start' | 'end' | 'data' | 'illegal'): string {
  const byte = `byte 0x${hexByte(bytes.charCodeAt(i) & 0xff)} in position ${i}`;
  const range = `bytes in position ${i}-${i + length - 1}`;
  if (error === 'start') return `${byte}: unexpected code byte`;
  if (error === 'end') return `${byte}: unexpected end of data`;
  return error === 'data' ? `${range}: invalid data` : `${range}: illegal encoding`;
}

function optionalText(value: PyObject | undefined, fallback: string, what: string): string {
  if (value === undefined || value === Sk.builtin.none.none$) return fallback;
  if (!(value instanceof Sk.builtin.str)) throw new Sk.builtin.TypeError(`${what}() argument 1 must be string, not ${Sk.abstr.typeName(value)}`);
  return value.v;
}

/** A unicode's text as a str, the way Python 2's str() converts it (ASCII, strict). */
export function strOfUnicode(value: PyStr): PyStr {
  return new Sk.builtin.str(encodeText(value.v, 'ascii', 'strict'));
}

/** A str operand meeting unicode: Python 2 decodes it as ASCII (strict). */
export function checkAsciiOperand(value: PyObject): void {
  if (value instanceof Sk.builtin.str && !isUnicode(value) && /[^\x00-\x7f]/.test(value.v)) decodeBytes(value.v, 'ascii', 'strict');
}

/**
 * The str-to-str codecs of Python 2 (`'x'.encode('hex')`): rot13, hex, base64 (MIME lines of 76 characters, each
 * ending in a newline) and zlib. A unicode is first encoded with ASCII; decoding gives a str, except rot13's.
 */
type ByteCodec = 'rot13' | 'hex' | 'base64' | 'zlib';

const BYTE_CODECS: Readonly<Record<string, ByteCodec>> = {
  rot13: 'rot13', rot_13: 'rot13', hex: 'hex', hex_codec: 'hex', base64: 'base64', base64_codec: 'base64',
  base_64: 'base64', zlib: 'zlib', zlib_codec: 'zlib', zip: 'zlib',
};

export function byteCodecOf(name: string): ByteCodec | undefined {
  return BYTE_CODECS[name.toLowerCase().replace(/-/g, '_')];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes.charCodeAt(i);
    const b = i + 1 < bytes.length ? bytes.charCodeAt(i + 1) : 0;
    const c = i + 2 < bytes.length ? bytes.charCodeAt(i + 2) : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

function fromBase64(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  if (clean.length % 4 === 1) throw new Sk.builtin.Exception('Incorrect padding');
  let out = '';
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return out;
}

function bytesOfString(bytes: string): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i) & 0xff;
  return out;
}

function stringOfBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) out += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return out;
}

function rot13(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

export function byteEncode(codec: ByteCodec, bytes: string): string {
  switch (codec) {
    case 'rot13': return rot13(bytes);
    case 'hex': return Array.from(bytes, (c) => hexByte(c.charCodeAt(0) & 0xff)).join('');
    case 'base64': {
      const encoded = toBase64(bytes);
      let out = '';
      for (let i = 0; i < encoded.length; i += 76) out += `${encoded.slice(i, i + 76)}\n`;
      return out;
    }
    default: return stringOfBytes(deflate(bytesOfString(bytes)));
  }
}

export function byteDecode(codec: ByteCodec, bytes: string): string {
  switch (codec) {
    case 'rot13': return rot13(bytes);
    case 'hex': {
      if (bytes.length % 2 !== 0) throw new Sk.builtin.TypeError('Odd-length string');
      if (/[^0-9a-fA-F]/.test(bytes)) throw new Sk.builtin.TypeError('Non-hexadecimal digit found');
      let out = '';
      for (let i = 0; i < bytes.length; i += 2) out += String.fromCharCode(parseInt(bytes.slice(i, i + 2), 16));
      return out;
    }
    case 'base64': return fromBase64(bytes);
    default:
      try {
        return stringOfBytes(inflate(bytesOfString(bytes)));
      } catch {
        throw new Sk.builtin.Exception('Error -3 while decompressing data: incorrect header check');
      }
  }
}

export function installCodecs(): void {
  const proto = Sk.builtin.str.prototype;
  proto.encode = new Sk.builtin.method_descriptor(Sk.builtin.str, {
    $name: 'encode',
    $meth(this: PyStr, encoding?: PyObject, errors?: PyObject) {
      const name = optionalText(encoding, 'ascii', 'encode');
      const byteCodec = byteCodecOf(name);
      if (byteCodec !== undefined) return new Sk.builtin.str(byteEncode(byteCodec, isUnicode(this) ? encodeText(this.v, 'ascii', 'strict') : this.v));
      return new Sk.builtin.str(encodeText(this.v, name, optionalText(errors, 'strict', 'encode')));
    },
    $flags: { NamedArgs: ['encoding', 'errors'], Defaults: [Sk.builtin.none.none$, Sk.builtin.none.none$] },
  });
  proto.decode = new Sk.builtin.method_descriptor(Sk.builtin.str, {
    $name: 'decode',
    $meth(this: PyStr, encoding?: PyObject, errors?: PyObject) {
      const name = optionalText(encoding, 'ascii', 'decode');
      const byteCodec = byteCodecOf(name);
      if (byteCodec === 'rot13') return makeUnicode(rot13(this.v));
      if (byteCodec !== undefined) return new Sk.builtin.str(byteDecode(byteCodec, isUnicode(this) ? encodeText(this.v, 'ascii', 'strict') : this.v));
      return makeUnicode(decodeBytes(this.v, name, optionalText(errors, 'strict', 'decode')));
    },
    $flags: { NamedArgs: ['encoding', 'errors'], Defaults: [Sk.builtin.none.none$, Sk.builtin.none.none$] },
  });
  const originalUnichr = Sk.builtins['unichr'];
  if (originalUnichr !== undefined) {
    const wrapped = new Sk.builtin.func(function unichr(code: PyObject) {
      return makeUnicode(String(engineValue(Sk.misceval.callsimArray(originalUnichr, [code]))));
    });
    wrapped.$name = 'unichr';
    Sk.builtins['unichr'] = wrapped;
  }
  // str(x): a unicode result (of a unicode, or of a __str__ returning one) is encoded with ASCII, strictly.
  const strNew = requireSlot(proto, 'tp$new');
  proto.tp$new = function (this: PyObject, args: PyObject[], kwargs?: PyKwArgs) {
    const result = strNew.call(this, args, kwargs);
    return this === Sk.builtin.str.prototype && isUnicode(result) ? strOfUnicode(result as PyStr) : result;
  };
}
