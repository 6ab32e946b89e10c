import { deflate, inflate, inflateRaw } from 'pako';
import { bytesOf, fn, pyInt, strOfBytes } from './bytes.js';
import { crc32, signed32 } from './binascii.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';

declare const Sk: SkGlobal;

function zlibError(message: string): PyObject {
  const module = Sk.sysmodules.mp$lookup(new Sk.builtin.str('zlib'));
  const cls = (module instanceof Sk.builtin.module ? module.$d['error'] : undefined) ?? Sk.builtin.Exception;
  return Sk.misceval.callsimArray(cls, [new Sk.builtin.str(message)]);
}

function adler32(bytes: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** `_pszlib`: deflate and inflate (pako) for the zlib module. */
export function pszlibModule(): Record<string, PyObject> {
  return {
    compress: fn('compress', (data, level) => {
      const l = level === undefined ? 6 : Number(Sk.builtin.asnum$(level));
      if (l < -1 || l > 9) throw zlibError('Bad compression level');
      return strOfBytes(deflate(bytesOf(data), { level: (l === -1 ? 6 : l) as 6 }));
    }),
    decompress: fn('decompress', (data, wbits) => {
      const bits = wbits === undefined ? 15 : Number(Sk.builtin.asnum$(wbits));
      try {
        const input = bytesOf(data);
        return strOfBytes(bits < 0 ? inflateRaw(input) : inflate(input));
      } catch (err) {
        throw zlibError(`Error -3 while decompressing data: ${err instanceof Error ? err.message : String(err)}`);
      }
    }),
    crc32: fn('crc32', (data, start) => pyInt(signed32(crc32(bytesOf(data), start === undefined ? 0 : Number(Sk.builtin.asnum$(start)))))),
    adler32: fn('adler32', (data, start) => pyInt(signed32(adler32(bytesOf(data), start === undefined ? 1 : Number(Sk.builtin.asnum$(start)))))),
  };
}
