import { encodeText } from '../../py2/codecs.js';
import { isUnicode } from '../../py2/unicode.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';

declare const Sk: SkGlobal;

/** A Python 2 byte string (str; unicode is encoded as ASCII, as Python 2 does implicitly) as bytes. */
export function bytesOf(obj: PyObject, what = 'argument'): Uint8Array {
  if (!(obj instanceof Sk.builtin.str)) {
    throw new Sk.builtin.TypeError(`${what} must be string or buffer, not ${Sk.abstr.typeName(obj)}`);
  }
  const text: string = isUnicode(obj) ? encodeText(obj.v, 'ascii') : obj.v;
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Bytes as a Python 2 str. */
export function strOfBytes(bytes: Uint8Array): PyObject {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return new Sk.builtin.str(text);
}

export function pyInt(n: number): PyObject {
  return new Sk.builtin.int_(n);
}

/** A module function with positional arguments. */
export function fn(name: string, body: (...args: PyObject[]) => PyObject): PyObject {
  const f = new Sk.builtin.func(body);
  f.$name = name;
  return f;
}
