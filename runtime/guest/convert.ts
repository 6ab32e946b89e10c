import { makeMapping } from './mapping-adapter.js';
import { makeUnicode } from './py2/unicode.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/** Options for turning host values into Python values. */
export interface ToPyOptions {
  /** Host strings become `unicode` (as Java strings do in Jython) or `str`. */
  readonly strings: 'unicode' | 'str';
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function toPy(value: Json, options: ToPyOptions): PyObject {
  if (value === null) return Sk.builtin.none.none$;
  switch (typeof value) {
    case 'boolean':
      return value ? Sk.builtin.bool.true$ : Sk.builtin.bool.false$;
    case 'number':
      return Number.isInteger(value) ? makeInt(value) : new Sk.builtin.float_(value);
    case 'string':
      return options.strings === 'unicode' ? makeUnicode(value) : new Sk.builtin.str(value);
  }
  if (Array.isArray(value)) return new Sk.builtin.list(value.map((item) => toPy(item, options)));
  const tag = value['$py'];
  if (typeof tag === 'string') return taggedToPy(tag, value, options);
  const dict = new Sk.builtin.dict([]);
  for (const [key, item] of Object.entries(value)) {
    dict.mp$ass_subscript(toPy(key, options), toPy(item, options));
  }
  return dict;
}

function taggedToPy(tag: string, value: { [key: string]: Json }, options: ToPyOptions): PyObject {
  switch (tag) {
    case 'float':
      return new Sk.builtin.float_(Number(value['value']));
    case 'long':
      return Sk.misceval.callsimArray(Sk.builtin.lng, [new Sk.builtin.str(String(value['value']))]);
    case 'str':
      return new Sk.builtin.str(String(value['value']));
    case 'tuple':
      return new Sk.builtin.tuple((value['items'] as Json[]).map((item) => toPy(item, options)));
    case 'mapping': {
      const entries = value['entries'] as { [key: string]: Json };
      return makeMapping(String(value['type']), entries, (item) => toPy(item, options), options.strings);
    }
  }
  throw new Sk.builtin.TypeError(`cannot convert host value tagged '${tag}'`);
}

/** Python int for a JS integer: `long` past Jython's sys.maxint, as Java longs are. */
export function makeInt(value: number): PyObject {
  return Math.abs(value) > 2147483647 ? new Sk.builtin.lng(value) : new Sk.builtin.int_(value);
}

/** Python value → JSON for a host call. Objects with no JSON form become {"$py":"opaque","type":name}. */
export function toJson(obj: PyObject, depth = 0): Json {
  if (depth > 32) throw new Sk.builtin.ValueError('value nested too deeply to pass to a host function');
  if (obj === Sk.builtin.none.none$) return null;
  if (obj instanceof Sk.builtin.bool) return obj.v !== 0;
  if (obj instanceof Sk.builtin.int_) {
    const digits = String(obj.v);
    const asNumber = Number(digits);
    // A Python long stays tagged, so host functions can tell (and name) the type.
    return Number.isSafeInteger(asNumber) && !(obj instanceof Sk.builtin.lng) ? asNumber : { $py: 'long', value: digits };
  }
  if (obj instanceof Sk.builtin.float_) return { $py: 'float', value: obj.v };
  if (obj instanceof Sk.builtin.str) return obj.v;
  if (obj instanceof Sk.builtin.list) return obj.v.map((item: PyObject) => toJson(item, depth + 1));
  if (obj instanceof Sk.builtin.tuple) return { $py: 'tuple', items: obj.v.map((item: PyObject) => toJson(item, depth + 1)) };
  if (obj instanceof Sk.builtin.dict) {
    const out: { [key: string]: Json } = {};
    for (const key of Sk.misceval.arrayFromIterable(obj) as PyObject[]) {
      if (!(key instanceof Sk.builtin.str)) return opaque(obj);
      out[key.v] = toJson(obj.mp$subscript(key), depth + 1);
    }
    return out;
  }
  return opaque(obj);
}

function opaque(obj: PyObject): Json {
  return { $py: 'opaque', type: Sk.abstr.typeName(obj) };
}
