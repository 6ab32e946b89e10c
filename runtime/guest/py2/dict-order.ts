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

function intValue(obj: PyObject): bigint | number {
  const v = obj.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v;
  return BigInt(String(v?.toString?.() ?? v));
}

export function javaHash(key: PyObject): number {
  if (key instanceof Sk.builtin.str) return stringHash(key.v);
  if (key instanceof Sk.builtin.bool) return key.v ? 1 : 0;
  if (key instanceof Sk.builtin.int_ || key instanceof Sk.builtin.lng) {
    const v = intValue(key);
    if (typeof v === 'number') return Number.isSafeInteger(v) ? (v >= -2147483648 && v <= 2147483647 ? v : bigHash(BigInt(v))) : undefinedHash;
    return v >= -2147483648n && v <= 2147483647n ? Number(v) : bigHash(v);
  }
  if (key instanceof Sk.builtin.float_) return floatHash(key.v);
  if (key instanceof Sk.builtin.tuple) {
    let len = key.v.length;
    let mult = 1000003;
    let x = 0x345678;
    while (--len >= 0) {
      const y = javaHash(key.v[len]);
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

/** Replays insertions into ConcurrentHashMap's table (Java 8+: bins, resize at 3/4, lastRun split on resize). */
function javaOrder(items: Item[]): Item[] {
  const hashes = new Map<Item, number>();
  for (const item of items) {
    const h = javaHash(item[0]);
    if (Number.isNaN(h)) return items;
    hashes.set(item, spread(h));
  }
  let n = INITIAL_TABLE;
  let bins: Item[][] = Array.from({ length: n }, () => []);
  let count = 0;
  for (const item of items) {
    bins[(hashes.get(item) as number) & (n - 1)]!.push(item);
    count++;
    while (count >= n - (n >>> 2)) {
      bins = transfer(bins, n, hashes);
      n *= 2;
    }
  }
  return bins.flat();
}

function transfer(bins: Item[][], n: number, hashes: Map<Item, number>): Item[][] {
  const next: Item[][] = Array.from({ length: 2 * n }, () => []);
  bins.forEach((bin, i) => {
    if (bin.length === 0) return;
    const bit = (item: Item) => (hashes.get(item) as number) & n;
    let runBit = bit(bin[0]!);
    let lastRun = 0;
    for (let k = 1; k < bin.length; k++) {
      const b = bit(bin[k]!);
      if (b !== runBit) {
        runBit = b;
        lastRun = k;
      }
    }
    const low: Item[] = runBit === 0 ? bin.slice(lastRun) : [];
    const high: Item[] = runBit === 0 ? [] : bin.slice(lastRun);
    for (let k = 0; k < lastRun; k++) {
      const item = bin[k]!;
      (bit(item) === 0 ? low : high).unshift(item);
    }
    next[i] = low;
    next[i + n] = high;
  });
  return next;
}

const cache = new WeakMap<object, { version: number; size: number; items: Item[] }>();

export function installDictOrder(): void {
  const proto = Sk.builtin.dict.prototype;
  const insertionItems: (this: PyObject) => Item[] = proto.$items;
  const ordered = function (this: PyObject): Item[] {
    const hit = cache.get(this);
    if (hit !== undefined && hit.version === this.$version && hit.size === this.size) return hit.items.slice();
    const items = javaOrder(insertionItems.call(this));
    cache.set(this, { version: this.$version, size: this.size, items });
    return items.slice();
  };
  proto.$items = ordered;
  proto.sk$asarray = function (this: PyObject): PyObject[] {
    return ordered.call(this).map((item) => item[0]);
  };
  // hash() of str, numbers and tuples is the Java hash code, as in Jython.
  const hash = Sk.builtins['hash'];
  const javaHashBuiltin = new Sk.builtin.func(function hash(value: PyObject) {
    const h = javaHash(value);
    return Number.isNaN(h) ? Sk.misceval.callsimArray(originalHash, [value]) : new Sk.builtin.int_(h);
  });
  const originalHash = hash;
  javaHashBuiltin.$name = 'hash';
  Sk.builtins['hash'] = javaHashBuiltin;
  // Jython's popitem takes the first entry in iteration order.
  const popitem = proto.popitem;
  if (popitem !== undefined && typeof popitem.$meth === 'function') {
    const meth = function (this: PyObject) {
      const first = ordered.call(this)[0];
      if (first === undefined) throw new Sk.builtin.KeyError('popitem(): dictionary is empty');
      const [key, value] = first;
      this.pop$item(key);
      return new Sk.builtin.tuple([key, value]);
    };
    const original = popitem.$meth;
    popitem.$meth = meth;
    if (popitem.d$def) popitem.d$def.$meth = meth;
    if (popitem.func_code === original) popitem.func_code = meth;
  }
}
