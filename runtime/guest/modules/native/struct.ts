import { bytesOf, fn, strOfBytes } from './bytes.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';

declare const Sk: SkGlobal;

/** `_psstruct`: IEEE 754 floats to and from bytes for the struct module (pure computation). */
export function psstructModule(): Record<string, PyObject> {
  return {
    pack_float: fn('pack_float', (value, size, little) => {
      const width = Number(Sk.builtin.asnum$(size));
      const view = new DataView(new ArrayBuffer(width));
      const x = Number(Sk.builtin.asnum$(value));
      const le = Sk.misceval.isTrue(little);
      if (width === 4) view.setFloat32(0, x, le);
      else view.setFloat64(0, x, le);
      return strOfBytes(new Uint8Array(view.buffer));
    }),
    unpack_float: fn('unpack_float', (data, little) => {
      const bytes = bytesOf(data);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const le = Sk.misceval.isTrue(little);
      return new Sk.builtin.float_(bytes.length === 4 ? view.getFloat32(0, le) : view.getFloat64(0, le));
    }),
  };
}
