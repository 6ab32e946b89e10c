import { makeUnicode } from './py2/unicode.js';
import type { PyDict, PyKwArgs, PyObject, PyStr, PyType, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * A dict-like object over a host JSON record (like Ignition's PyJsonObjectAdapter): subscript, `in`, len,
 * iteration over keys, get/has_key/keys/values/items and the iter* forms, attribute access to keys,
 * use as a `%` mapping, and mutation of this copy only. It is not a dict subclass.
 * Values convert to Python lazily, the first time they are touched.
 */
type Convert = (value: never) => PyObject;

/** A key whose value a mapping computes from its row (at its first touch) instead of reading it. */
export type ComputedValue = (row: Readonly<Record<string, unknown>>) => unknown;

/**
 * What mappings made together share (all rows of one call): how values convert, the key type, and the keys
 * whose values are computed from the row.
 */
export interface MappingContext {
  readonly convert: Convert;
  readonly keyStrings: 'unicode' | 'str';
  readonly computed: Readonly<Record<string, ComputedValue>> | undefined;
}

const types = new Map<string, PyType<MappingSelf>>();

function mappingType(typeName: string): PyType<MappingSelf> {
  let type = types.get(typeName);
  if (type === undefined) {
    type = buildMappingType(typeName);
    types.set(typeName, type);
  }
  return type;
}

/** A mapping over `entries` (all of its keys, in order). */
export function makeMapping(
  typeName: string,
  entries: Record<string, unknown>,
  convert: Convert,
  keyStrings: 'unicode' | 'str',
): PyObject {
  const type = mappingType(typeName);
  return new type(entries, Object.keys(entries), { convert, keyStrings, computed: undefined });
}

/**
 * A mapping over a shared row that shows `keys` of it (shared too: never modified; a mapping copies before
 * its first change). For results over a copy of host data held in the guest: making one costs an object, not a copy of the row.
 */
export function makeRowMapping(typeName: string, row: Record<string, unknown>, keys: readonly string[], context: MappingContext): PyObject {
  return new (mappingType(typeName))(row, keys, context);
}

export function isMapping(obj: PyObject): obj is MappingSelf {
  for (const type of types.values()) if (obj instanceof type) return true;
  return false;
}

interface MappingSelf extends PyObject {
  /** Keys in order (shared with other mappings until `$owned`). */
  $keys: readonly string[];
  /** The raw values (shared until `$owned`; a detached mapping keeps its own copy). */
  $row: Record<string, unknown>;
  $context: MappingContext;
  /** Each key's Python value, once touched (created at the first touch). */
  $py: Map<string, PyObject> | undefined;
  /** Key objects a script stored itself: they keep their own type (a str key stays str). */
  $ownKeys: Map<string, PyObject> | undefined;
  /** True once this mapping has its own keys and values (after its first change). */
  $owned: boolean;
}

function keyObject(self: MappingSelf, key: string): PyObject {
  const own = self.$ownKeys?.get(key);
  if (own !== undefined) return own;
  return self.$context.keyStrings === 'unicode' ? makeUnicode(key) : new Sk.builtin.str(key);
}

function rawValue(self: MappingSelf, key: string): unknown {
  const computed = self.$context.computed;
  const compute = computed !== undefined && Object.hasOwn(computed, key) ? computed[key] : undefined;
  return compute === undefined ? self.$row[key] : compute(self.$row);
}

function lookup(self: MappingSelf, key: string): PyObject | undefined {
  const cached = self.$py?.get(key);
  if (cached !== undefined) return cached;
  if (!self.$keys.includes(key)) return undefined;
  const value = self.$context.convert(rawValue(self, key) as never);
  (self.$py ??= new Map()).set(key, value);
  return value;
}

/** Gives this mapping its own keys and values, so changing it changes nothing else. */
function own(self: MappingSelf): { keys: string[]; py: Map<string, PyObject>; ownKeys: Map<string, PyObject> } {
  if (!self.$owned) {
    const row: Record<string, unknown> = {};
    for (const key of self.$keys) row[key] = rawValue(self, key);
    self.$row = row;
    self.$keys = [...self.$keys];
    self.$context = { ...self.$context, computed: undefined };
    self.$owned = true;
  }
  self.$py ??= new Map();
  self.$ownKeys ??= new Map();
  return { keys: self.$keys as string[], py: self.$py, ownKeys: self.$ownKeys };
}

function keyString(key: PyObject): string | undefined {
  return key instanceof Sk.builtin.str ? key.v : undefined;
}

function getItem(self: MappingSelf, key: PyObject): PyObject {
  const name = keyString(key);
  const value = name === undefined ? undefined : lookup(self, name);
  if (value === undefined) throw new Sk.builtin.KeyError(key);
  return value;
}

function setItem(self: MappingSelf, key: PyObject, value: PyObject | undefined): void {
  const name = keyString(key);
  if (name === undefined) throw new Sk.builtin.TypeError(`keys must be strings, not ${Sk.abstr.typeName(key)}`);
  if (value === undefined) {
    if (!self.$keys.includes(name)) throw new Sk.builtin.KeyError(key);
    const mine = own(self);
    self.$keys = mine.keys.filter((k) => k !== name);
    mine.py.delete(name);
    mine.ownKeys.delete(name);
    return;
  }
  const mine = own(self);
  if (!mine.keys.includes(name)) {
    mine.keys.push(name);
    mine.ownKeys.set(name, key);
  }
  mine.py.set(name, value);
}

/** A mapping's (key, value) pairs, in its key order. */
export function mappingItems(self: MappingSelf): Array<[PyObject, PyObject]> {
  return items(self);
}

function items(self: MappingSelf): Array<[PyObject, PyObject]> {
  return self.$keys.map((k) => [keyObject(self, k), lookup(self, k) as PyObject]);
}

function listOf(values: PyObject[]): PyObject {
  return new Sk.builtin.list(values);
}

function iterOf(values: PyObject[]): PyObject {
  return Sk.abstr.iter(new Sk.builtin.list(values));
}

function buildMappingType(typeName: string): PyType<MappingSelf> {
  const noArgs = { NoArgs: true };
  const type = Sk.abstr.buildNativeClass<MappingSelf>(typeName, {
    constructor: function mapping(this: MappingSelf, row: Record<string, unknown>, keys: readonly string[], context: MappingContext) {
      this.$keys = keys;
      this.$row = row;
      this.$context = context;
      this.$py = undefined;
      this.$ownKeys = undefined;
      this.$owned = false;
    },
    slots: {
      tp$getattr(this: MappingSelf, name: PyStr, canSuspend: boolean) {
        const found = Sk.generic.getAttr.call(this, name, canSuspend);
        if (found !== undefined) return found;
        return lookup(this, name.v);
      },
      tp$as_sequence_or_mapping: true,
      tp$hash: Sk.builtin.none.none$,
      tp$new() {
        throw new Sk.builtin.TypeError(`cannot create '${typeName}' instances`);
      },
      $r(this: MappingSelf) {
        const parts = items(this).map(([k, v]) => `${Sk.misceval.objectRepr(k)}: ${Sk.misceval.objectRepr(v)}`);
        return new Sk.builtin.str(`{${parts.join(', ')}}`);
      },
      mp$subscript(this: MappingSelf, key: PyObject) {
        return getItem(this, key);
      },
      mp$ass_subscript(this: MappingSelf, key: PyObject, value: PyObject | undefined) {
        setItem(this, key, value);
      },
      sq$contains(this: MappingSelf, key: PyObject) {
        const name = keyString(key);
        return name !== undefined && this.$keys.includes(name);
      },
      sq$length(this: MappingSelf) {
        return this.$keys.length;
      },
      tp$iter(this: MappingSelf) {
        return iterOf(this.$keys.map((k) => keyObject(this, k)));
      },
      tp$richcompare(this: MappingSelf, other: PyObject, op: string) {
        if (op !== 'Eq' && op !== 'NotEq') return Sk.builtin.NotImplemented.NotImplemented$;
        const mine = new Sk.builtin.dict(items(this).flat());
        const theirs = other instanceof Sk.builtin.dict ? other : isMapping(other) ? new Sk.builtin.dict(items(other).flat()) : undefined;
        if (theirs === undefined) return op === 'NotEq';
        const equal = Sk.misceval.richCompareBool(mine, theirs, 'Eq');
        return op === 'Eq' ? equal : !equal;
      },
    },
    methods: {
      get: {
        $meth(this: MappingSelf, key: PyObject, fallback?: PyObject) {
          const name = keyString(key);
          return (name === undefined ? undefined : lookup(this, name)) ?? fallback ?? Sk.builtin.none.none$;
        },
        $flags: { MinArgs: 1, MaxArgs: 2 },
        $doc: 'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.',
      },
      has_key: {
        $meth(this: MappingSelf, key: PyObject) {
          const name = keyString(key);
          return new Sk.builtin.bool(name !== undefined && this.$keys.includes(name));
        },
        $flags: { OneArg: true },
        $doc: 'D.has_key(k) -> True if D has a key k, else False',
      },
      keys: { $meth(this: MappingSelf) { return listOf(this.$keys.map((k) => keyObject(this, k))); }, $flags: noArgs },
      values: { $meth(this: MappingSelf) { return listOf(items(this).map(([, v]) => v)); }, $flags: noArgs },
      items: { $meth(this: MappingSelf) { return listOf(items(this).map((kv) => new Sk.builtin.tuple(kv))); }, $flags: noArgs },
      iterkeys: { $meth(this: MappingSelf) { return iterOf(this.$keys.map((k) => keyObject(this, k))); }, $flags: noArgs },
      itervalues: { $meth(this: MappingSelf) { return iterOf(items(this).map(([, v]) => v)); }, $flags: noArgs },
      iteritems: { $meth(this: MappingSelf) { return iterOf(items(this).map((kv) => new Sk.builtin.tuple(kv))); }, $flags: noArgs },
      copy: { $meth(this: MappingSelf) { return new Sk.builtin.dict(items(this).flat()); }, $flags: noArgs },
      clear: {
        $meth(this: MappingSelf) {
          own(this);
          this.$keys = [];
          this.$py = new Map();
          this.$ownKeys = new Map();
          return Sk.builtin.none.none$;
        },
        $flags: noArgs,
      },
      pop: {
        $meth(this: MappingSelf, key: PyObject, fallback?: PyObject) {
          const name = keyString(key);
          const value = name === undefined ? undefined : lookup(this, name);
          if (value === undefined) {
            if (fallback !== undefined) return fallback;
            throw new Sk.builtin.KeyError(key);
          }
          setItem(this, key, undefined);
          return value;
        },
        $flags: { MinArgs: 1, MaxArgs: 2 },
      },
      popitem: {
        $meth(this: MappingSelf) {
          const last = this.$keys[this.$keys.length - 1];
          if (last === undefined) throw new Sk.builtin.KeyError(new Sk.builtin.str('popitem(): dictionary is empty'));
          const key = keyObject(this, last);
          const value = lookup(this, last);
          setItem(this, key, undefined);
          return new Sk.builtin.tuple([key, value]);
        },
        $flags: noArgs,
      },
      setdefault: {
        $meth(this: MappingSelf, key: PyObject, fallback?: PyObject) {
          const name = keyString(key);
          const value = name === undefined ? undefined : lookup(this, name);
          if (value !== undefined) return value;
          const stored = fallback ?? Sk.builtin.none.none$;
          setItem(this, key, stored);
          return stored;
        },
        $flags: { MinArgs: 1, MaxArgs: 2 },
      },
      update: {
        $meth(this: MappingSelf, args: PyObject[], kwargs: PyKwArgs | undefined) {
          if (args.length > 1) throw new Sk.builtin.TypeError(`update expected at most 1 arguments, got ${args.length}`);
          const source = args[0];
          if (source !== undefined) {
            const dict = source instanceof Sk.builtin.dict ? source : Sk.misceval.callsimArray(Sk.builtin.dict, [source]) as PyDict;
            for (const key of Sk.misceval.arrayFromIterable(dict)) setItem(this, key, dict.mp$subscript(key));
          }
          const kw = kwargs ?? [];
          for (let i = 0; i < kw.length; i += 2) setItem(this, new Sk.builtin.str(kw[i]), kw[i + 1] as PyObject);
          return Sk.builtin.none.none$;
        },
        $flags: { FastCall: true },
      },
    },
  });
  return type;
}
