import { md5, sha1 } from '@noble/hashes/legacy';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2';
import { bytesOf, fn, strOfBytes } from './bytes.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';
import { engineValue } from '../../slots.js';

declare const Sk: SkGlobal;

const ALGORITHMS: Record<string, (data: Uint8Array) => Uint8Array> = {
  md5: (d) => md5(d),
  sha1: (d) => sha1(d),
  sha224: (d) => sha224(d),
  sha256: (d) => sha256(d),
  sha384: (d) => sha384(d),
  sha512: (d) => sha512(d),
};

/** `_pshash`: message digests (@noble/hashes) for hashlib, hmac, md5 and sha. */
export function pshashModule(): Record<string, PyObject> {
  return {
    algorithms: new Sk.builtin.tuple(Object.keys(ALGORITHMS).map((n) => new Sk.builtin.str(n))),
    digest: fn('digest', (name, data) => {
      const algorithm = ALGORITHMS[String(engineValue(name)).toLowerCase()];
      if (algorithm === undefined) throw new Sk.builtin.ValueError(`unsupported hash type ${String(engineValue(name))}`);
      return strOfBytes(algorithm(bytesOf(data)));
    }),
  };
}
