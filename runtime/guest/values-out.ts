import { isMapping, mappingItems } from './mapping-adapter.js';
import type { Json } from './convert.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/** Deeper values than this are refused (a self-containing list would otherwise never end). */
const MAX_DEPTH = 100;

/** Why a Python value has no plain JavaScript form, and where in it (e.g. `x[2]['k']`). */
export class Unconvertible extends Error {}

/**
 * A Python value as plain JSON data for the host (values read back by an embedder): None, bool, int and long
 * (within JavaScript's safe integers), float, str and unicode, list and tuple (arrays), dict with string keys and
 * mapping objects such as a session (objects). Anything else throws Unconvertible, naming the type and where it is.
 */
export function toPlain(obj: PyObject, where: string, depth = 0): Json {
  if (depth > MAX_DEPTH) throw new Unconvertible(`${where} is nested more than ${MAX_DEPTH} levels deep`);
  if (obj === Sk.builtin.none.none$) return null;
  if (obj instanceof Sk.builtin.bool) return obj.v !== 0;
  if (obj instanceof Sk.builtin.int_) {
    const value = Number(String(obj.v));
    if (!Number.isSafeInteger(value)) throw new Unconvertible(`${where} is ${String(obj.v)}, beyond the integers a JavaScript number holds exactly`);
    return value;
  }
  if (obj instanceof Sk.builtin.float_) return obj.v;
  if (obj instanceof Sk.builtin.str) return obj.v;
  if (obj instanceof Sk.builtin.list || obj instanceof Sk.builtin.tuple) {
    return (obj.v as PyObject[]).map((item, i) => toPlain(item, `${where}[${i}]`, depth + 1));
  }
  if (obj instanceof Sk.builtin.dict) return objectOf(Sk.misceval.arrayFromIterable(obj).map((key: PyObject) => [key, obj.mp$subscript(key)]), where, depth);
  if (isMapping(obj)) return objectOf(mappingItems(obj), where, depth);
  throw new Unconvertible(`${where} is a Python ${Sk.abstr.typeName(obj)}, which has no plain JavaScript form`);
}

function objectOf(items: ReadonlyArray<readonly [PyObject, PyObject]>, where: string, depth: number): Json {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of items) {
    if (!(key instanceof Sk.builtin.str)) throw new Unconvertible(`${where} has a key of type ${Sk.abstr.typeName(key)}; only string keys convert`);
    Object.defineProperty(out, key.v, { value: toPlain(value, `${where}[${JSON.stringify(key.v)}]`, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
