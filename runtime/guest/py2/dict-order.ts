import { getUnicodeType } from './unicode.js';
import type { PyDict, PyInstance, PyIntLike, PyNumber, PyObject, PyStr, PyTuple, PyType, SkGlobal } from '../skulpt-types.js';
import { methodDescriptor, replaceMethod } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Jython's dict and set order. A Jython dict (and set) is a java.util.concurrent.ConcurrentHashMap created with
 * capacity 16, load factor 0.75, concurrency 2 (a 32-bin table, doubled when 3/4 full); iteration walks the bins
 * in index order, each bin in its list order. Skulpt iterates in insertion order, so scripts print
 * `{'user': .., 'project': ..}` where Jython prints `{'project': .., 'user': ..}`.
 *
 * Every dict/set iteration in Skulpt goes through dict.$items() / sk$asarray(); both return Jython's order here,
 * computed by replaying the insertions (in Skulpt's insertion order) into a model of the Java table, with Java's
 * hash codes: String.hashCode for str/unicode, the value for int/bool, BigInteger.hashCode for long, Jython's
 * float and tuple hashes. A dict holding a key without a deterministic Java hash (None, objects, functions:
 * identity hashes in Jython) keeps insertion order, which is as good as any. Cached per dict until its keys change.
 */
type Item = [PyObject, PyObject];

const INITIAL_TABLE = 32;

function stringHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h;
}

/** java.math.BigInteger.hashCode of an integer. */
function bigHash(value: bigint): number {
  const negative = value < 0n;
  let magnitude = negative ? -value : value;
  const words: number[] = [];
  while (magnitude > 0n) {
    words.unshift(Number(magnitude & 0xffffffffn));
    magnitude >>= 32n;
  }
  let h = 0;
  for (const word of words) h = (Math.imul(31, h) + word) | 0;
  return negative ? -h | 0 : h;
}

function floatHash(value: number): number {
  if (Number.isInteger(value)) {
    if (value >= -2147483648 && value <= 2147483647) return value | 0;
    return bigHash(BigInt(value));
  }
  if (!Number.isFinite(value)) return undefinedHash;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return (view.getInt32(0) ^ view.getInt32(4)) | 0;
}

/** Marks "no deterministic Java hash". */
const undefinedHash = Number.NaN;

function intValue(obj: PyIntLike): bigint | number {
  const v = obj.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v;
  return BigInt(String(v));
}

/** Skulpt's types, read once (the global Sk is a slow lookup in the guest context). */
let types: { str: PyType<PyStr>; unicode: PyType<PyStr>; bool: PyType<PyIntLike>; int: PyType<PyIntLike>; lng: PyType<PyIntLike>; float: PyType<PyNumber>; tuple: PyType<PyTuple> } | undefined;

export function javaHash(key: PyObject): number {
  const t = types!;
  // Every engine object has its type in ob$type; the checks below pick the representation.
  const type = (key as PyInstance).ob$type;
  if (type === t.int) {
    const v = (key as PyIntLike).v;
    if (typeof v === 'number' && (v | 0) === v) return v;
  } else if (type === t.str || type === t.unicode) {
    return stringHash((key as PyStr).v);
  }
  return slowJavaHash(key);
}

function slowJavaHash(key: PyObject): number {
  const t = types!;
  if (key instanceof t.str) return stringHash(key.v);
  if (key instanceof t.bool) return key.v ? 1 : 0;
  if (key instanceof t.int || key instanceof t.lng) {
    const v = intValue(key);
    if (typeof v === 'number') return Number.isSafeInteger(v) ? (v >= -2147483648 && v <= 2147483647 ? v : bigHash(BigInt(v))) : undefinedHash;
    return v >= -2147483648n && v <= 2147483647n ? Number(v) : bigHash(v);
  }
  if (key instanceof t.float) return floatHash(key.v);
  if (key instanceof t.tuple) {
    let len = key.v.length;
    let mult = 1000003;
    let x = 0x345678;
    while (--len >= 0) {
      const y = javaHash(key.v[len] as PyObject);
      if (Number.isNaN(y)) return undefinedHash;
      x = Math.imul(x ^ y, mult);
      mult = (mult + 82520 + len + len) | 0;
    }
    return (x + 97531) | 0;
  }
  return undefinedHash;
}

function spread(h: number): number {
  return (h ^ (h >>> 16)) & 0x7fffffff;
}

/**
 * A model of ConcurrentHashMap's table (Java 8+): a new key is appended to its bin's list; the table doubles when
 * 3/4 full, and a resize splits each bin by the new bit, keeping the list's last run and prepending the nodes
 * before it. Bins are linked lists in typed arrays. Keys only ever get added here: a dict that lost keys is
 * replayed from scratch (in Skulpt's insertion order), one that only gained keys continues its table.
 */
class JavaTable {
  private n = INITIAL_TABLE;
  private head = new Int32Array(INITIAL_TABLE).fill(-1);
  private tail = new Int32Array(INITIAL_TABLE).fill(-1);
  private hash = new Int32Array(16);
  private next = new Int32Array(16);
  readonly items: Item[] = [];
  /** Set when a key has no deterministic Java hash: the order is then the insertion order. */
  unordered = false;

  add(item: Item): void {
    const i = this.items.length;
    this.items.push(item);
    if (this.unordered) return;
    const h = javaHash(item[0]);
    if (Number.isNaN(h)) {
      this.unordered = true;
      return;
    }
    if (i >= this.hash.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.hash = grow(this.hash);
      this.next = grow(this.next);
    }
    const { hash, next, head, tail } = this;
    hash[i] = spread(h);
    next[i] = -1;
    const b = hash[i]! & (this.n - 1);
    if (head[b] === -1) head[b] = i;
    else next[tail[b]!] = i;
    tail[b] = i;
    while (i + 1 >= this.n - (this.n >>> 2)) this.resize();
  }

  private resize(): void {
    const { n, hash, next, head, tail } = this;
    const newHead = new Int32Array(2 * n).fill(-1);
    const newTail = new Int32Array(2 * n).fill(-1);
    for (let b = 0; b < n; b++) {
      const first = head[b]!;
      if (first === -1) continue;
      let runBit = hash[first]! & n;
      let lastRun = first;
      for (let p = next[first]!; p !== -1; p = next[p]!) {
        const bit = hash[p]! & n;
        if (bit !== runBit) {
          runBit = bit;
          lastRun = p;
        }
      }
      let low = -1;
      let lowTail = -1;
      let high = -1;
      let highTail = -1;
      if (runBit === 0) {
        low = lastRun;
        lowTail = tail[b]!;
      } else {
        high = lastRun;
        highTail = tail[b]!;
      }
      for (let p = first; p !== lastRun; ) {
        const following = next[p]!;
        if ((hash[p]! & n) === 0) {
          next[p] = low;
          if (low === -1) lowTail = p;
          low = p;
        } else {
          next[p] = high;
          if (high === -1) highTail = p;
          high = p;
        }
        p = following;
      }
      newHead[b] = low;
      newTail[b] = lowTail;
      newHead[b + n] = high;
      newTail[b + n] = highTail;
    }
    this.head = newHead;
    this.tail = newTail;
    this.n = 2 * n;
  }

  order(): Item[] {
    if (this.unordered) return this.items.slice();
    const out: Item[] = [];
    const { head, next, items } = this;
    for (let b = 0; b < this.n; b++) for (let p = head[b]!; p !== -1; p = next[p]!) out.push(items[p]!);
    return out;
  }
}

interface Cached {
  version: number;
  size: number;
  table: JavaTable;
  order: Item[];
}

const cache = new WeakMap<object, Cached>();

/** Skulpt's dict internals this file reads: its change counter, size, and removal by key. */
interface DictInternals extends PyDict { $version: number; size: number; pop$item(key: PyObject): PyObject | undefined }

export function installDictOrder(): void {
  types = {
    str: Sk.builtin.str, unicode: getUnicodeType(), bool: Sk.builtin.bool, int: Sk.builtin.int_, lng: Sk.builtin.lng,
    float: Sk.builtin.float_, tuple: Sk.builtin.tuple,
  };
  const proto = Sk.builtin.dict.prototype;
  const items$ = proto['$items'];
  if (typeof items$ !== 'function') throw new Error("perspective-sandbox: Skulpt's dict has no $items");
  // Skulpt's dict: its items in insertion order.
  const insertionItems = items$ as (this: PyObject) => Item[];
  const ordered = function (this: DictInternals): Item[] {
    const hit = cache.get(this);
    const version = this.$version;
    const size = this.size;
    if (hit !== undefined && hit.version === version && hit.size === size) return hit.order.slice();
    const items = insertionItems.call(this);
    let table: JavaTable;
    // Only additions since last time (each adds one to both size and version): continue the same table.
    const onlyAdded = hit !== undefined && size > hit.size && version - hit.version === size - hit.size &&
      items[hit.size - 1] === hit.table.items[hit.size - 1];
    if (onlyAdded) {
      table = hit.table;
      for (let i = hit.size; i < items.length; i++) table.add(items[i]!);
    } else {
      table = new JavaTable();
      for (const item of items) table.add(item);
    }
    const order = table.order();
    cache.set(this, { version, size, table, order });
    return order.slice();
  };
  proto['$items'] = ordered;
  proto['sk$asarray'] = function (this: DictInternals): PyObject[] {
    return ordered.call(this).map((item) => item[0]);
  };
  // hash() of str, numbers and tuples is the Java hash code, as in Jython.
  const hash = Sk.builtins['hash'];
  if (hash === undefined) throw new Error('perspective-sandbox: Skulpt has no hash builtin');
  const javaHashBuiltin = new Sk.builtin.func(function hash(value: PyObject) {
    const h = javaHash(value);
    return Number.isNaN(h) ? Sk.misceval.callsimArray(originalHash, [value]) : new Sk.builtin.int_(h);
  });
  const originalHash = hash;
  javaHashBuiltin.$name = 'hash';
  Sk.builtins['hash'] = javaHashBuiltin;
  // Jython's popitem takes the first entry in iteration order.
  const popitem = methodDescriptor(proto, 'popitem');
  if (popitem !== undefined) {
    replaceMethod(popitem, function (this: DictInternals) {
      const first = ordered.call(this)[0];
      if (first === undefined) throw new Sk.builtin.KeyError('popitem(): dictionary is empty');
      const [key, value] = first;
      this.pop$item(key);
      return new Sk.builtin.tuple([key, value]);
    });
  }
}
