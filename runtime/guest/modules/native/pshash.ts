import type * as Legacy from '@noble/hashes/legacy';
import type * as Sha2 from '@noble/hashes/sha2';
import { bytesOf, fn, strOfBytes } from './bytes.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';
import { engineValue } from '../../slots.js';

declare const Sk: SkGlobal;

const NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const;

/**
 * The digest functions, loaded at the first digest: @noble/hashes computes its SHA-2 round constants when it
 * loads (~0.9 ms), which every new interpreter would otherwise pay. (`require` of a bundled package: esbuild runs
 * the package's top level at the first call, not when the bundle loads.)
 */
let algorithms: Record<string, (data: Uint8Array) => Uint8Array> | undefined;
function algorithm(name: string): ((data: Uint8Array) => Uint8Array) | undefined {
  if (algorithms === undefined) {
    const { md5, sha1 } = require('@noble/hashes/legacy') as typeof Legacy;
    const { sha224, sha256, sha384, sha512 } = require('@noble/hashes/sha2') as typeof Sha2;
    algorithms = { md5, sha1, sha224, sha256, sha384, sha512 };
  }
  return Object.hasOwn(algorithms, name) ? algorithms[name] : undefined;
}

/** `_pshash`: message digests (@noble/hashes) for hashlib, hmac, md5 and sha. */
export function pshashModule(): Record<string, PyObject> {
  return {
    algorithms: new Sk.builtin.tuple(NAMES.map((n) => new Sk.builtin.str(n))),
    digest: fn('digest', (name, data) => {
      const digestOf = algorithm(String(engineValue(name)).toLowerCase());
      if (digestOf === undefined) throw new Sk.builtin.ValueError(`unsupported hash type ${String(engineValue(name))}`);
      return strOfBytes(digestOf(bytesOf(data)));
    }),
  };
}
