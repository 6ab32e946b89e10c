/**
 * Numeric and ordering corners where Skulpt's builtin types differ from Python 2.7 / Jython:
 * - `inf // x` and `divmod(inf, x)` give inf (Skulpt: nan), and a zero divisor raises `float division` first;
 * - an int or long compared with a float is compared exactly (`2**53 + 1 == float(2**53)` is False; Skulpt
 *   converts the integer to a float first);
 * - dicts are ordered as in Python 2: by length, then by the smallest key whose value differs, then that value;
 * - `int()`/`long()` of a unicode string accept any Unicode decimal digits (`int(u'\u0661\u0662')` is 12), and
 *   `long('12L')` accepts the L suffix;
 * - the error texts of `chr`, `range`, `max`/`min` on bad arguments, as Jython words them;
 * - str() of an instance of a Python subclass of dict without its own __str__ is the plain dict rendering, as in
 *   Jython (`print Counter('ab')` prints `{'a': 1, 'b': 1}`, for the native Counter too; repr() keeps the subclass's
 *   __repr__).
 */
function floatOf(value: PyObject): number | undefined {
  if (value instanceof Sk.builtin.float_) return value.v;
  if (value instanceof Sk.builtin.int_ || value instanceof Sk.builtin.lng) return Number(String(value.v));
  return undefined;
}

function installInfiniteFloorDivision(): void {
  const proto = Sk.builtin.float_.prototype;
  const floorDivide = proto.nb$floor_divide;
  const divmod = proto.nb$divmod;
  const remainder = proto.nb$remainder;
  proto.nb$floor_divide = function (this: PyObject, other: PyObject) {
    const v: number = this.v;
    const w = floatOf(other);
    if (w !== undefined && (v === Infinity || v === -Infinity)) {
      if (w === 0) throw new Sk.builtin.ZeroDivisionError('float division');
      return new Sk.builtin.float_(Math.floor(v / w));
    }
    return floorDivide.call(this, other);
  };
  proto.nb$divmod = function (this: PyObject, other: PyObject) {
    const v: number = this.v;
    const w = floatOf(other);
    if (w !== undefined && (v === Infinity || v === -Infinity)) {
      if (w === 0) throw new Sk.builtin.ZeroDivisionError('float division');
      return new Sk.builtin.tuple([new Sk.builtin.float_(Math.floor(v / w)), remainder.call(this, other)]);
    }
    return divmod.call(this, other);
  };
}

/** -1, 0 or 1 comparing a finite float with an integer exactly. */
function compareExact(f: number, i: bigint): number {
  if (Number.isInteger(f)) {
    const n = BigInt(f);
    return n < i ? -1 : n > i ? 1 : 0;
  }
  const below = BigInt(Math.floor(f));
  return i <= below ? 1 : -1;
}

const COMPARE_SLOTS: Record<string, (order: number) => boolean> = {
  ob$eq: (o) => o === 0, ob$ne: (o) => o !== 0, ob$lt: (o) => o < 0, ob$le: (o) => o <= 0, ob$gt: (o) => o > 0, ob$ge: (o) => o >= 0,
};

function installExactComparison(): void {
  const proto = Sk.builtin.float_.prototype;
  for (const [slot, test] of Object.entries(COMPARE_SLOTS)) {
    const original = proto[slot];
    if (typeof original !== 'function') continue;
    proto[slot] = function (this: PyObject, other: PyObject) {
      const f: number = this.v;
      if ((other instanceof Sk.builtin.int_ || other instanceof Sk.builtin.lng) && !(other instanceof Sk.builtin.bool)) {
        if (Number.isNaN(f)) return slot === 'ob$ne';
        return test(Number.isFinite(f) ? compareExact(f, BigInt(String(other.v))) : f > 0 ? 1 : -1);
      }
      return original.call(this, other);
    };
  }
}

/** Python 2's dict_compare: -1, 0 or 1. */
function compareDicts(a: PyObject, b: PyObject): number {
  const lengthA: number = a.sq$length();
  const lengthB: number = b.sq$length();
  if (lengthA !== lengthB) return lengthA < lengthB ? -1 : 1;
  const cmp = Sk.builtins['cmp'];
  const order = (x: PyObject, y: PyObject): number => Number(Sk.builtin.asnum$(Sk.misceval.callsimArray(cmp, [x, y])));
  // The smallest key of `x` whose value is missing from or different in `y`, with its value.
  const smallestDifference = (x: PyObject, y: PyObject): [PyObject, PyObject] | undefined => {
    let found: [PyObject, PyObject] | undefined;
    for (const key of Sk.misceval.arrayFromIterable(x) as PyObject[]) {
      const value = x.mp$subscript(key);
      const other = y.mp$lookup ? y.mp$lookup(key) : undefined;
      if (other !== undefined && Sk.misceval.richCompareBool(value, other, 'Eq')) continue;
      if (found === undefined || order(key, found[0]) < 0) found = [key, value];
    }
    return found;
  };
  const diffA = smallestDifference(a, b);
  if (diffA === undefined) return 0;
  const diffB = smallestDifference(b, a);
  if (diffB === undefined) return 1;
  const byKey = order(diffA[0], diffB[0]);
  return byKey !== 0 ? byKey : order(diffA[1], diffB[1]);
}

const ORDER_OPS: Record<string, (order: number) => boolean> = {
  Lt: (o) => o < 0, LtE: (o) => o <= 0, Gt: (o) => o > 0, GtE: (o) => o >= 0,
};

function installDictOrdering(): void {
  const proto = Sk.builtin.dict.prototype;
  const original = proto.tp$richcompare;
  proto.tp$richcompare = function (this: PyObject, other: PyObject, op: string) {
    const test = ORDER_OPS[op];
    if (test !== undefined && other instanceof Sk.builtin.dict) return test(compareDicts(this, other));
    return original.call(this, other, op);
  };
}

/** Unicode decimal digits to ASCII ones (int()/long()/float() of unicode text, as Jython reads them). */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0) ?? 0;
    if (code < 0x80) return d;
    // Decimal digits come in runs of ten, starting at a code point ending in 0 (or 6 for a few scripts): find the zero.
    for (let zero = code; zero > code - 10; zero--) {
      if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return String(code - zero);
    }
    return String(code % 10);
  });
}

function installIntegerParsing(): void {
  const floatProto = Sk.builtin.float_.prototype;
  const floatNew = floatProto.tp$new;
  floatProto.tp$new = function (this: PyObject, args: PyObject[], kwargs: PyObject[] | undefined) {
    const [first] = args;
    if (first instanceof Sk.builtin.str && /[^\x00-\x7f]/.test(first.v)) args = [new Sk.builtin.str(asciiDigits(first.v)), ...args.slice(1)];
    return floatNew.call(this, args, kwargs);
  };
  for (const type of [Sk.builtin.int_, Sk.builtin.lng]) {
    if (type === undefined) continue;
    const proto = type.prototype;
    const original = proto.tp$new;
    const isLongType = type === Sk.builtin.lng && Sk.builtin.lng !== Sk.builtin.int_;
    proto.tp$new = function (this: PyObject, args: PyObject[], kwargs: PyObject[] | undefined) {
      const [first] = args;
      if (first instanceof Sk.builtin.str) {
        let text: string = first.v;
        if (/[^\x00-\x7f]/.test(text)) text = asciiDigits(text);
        if (isLongType) text = text.replace(/^(\s*[-+]?\w*?\d\s*)[lL](\s*)$/, '$1$2');
        if (text !== first.v) args = [new Sk.builtin.str(text), ...args.slice(1)];
      }
      if (!isLongType) return original.call(this, args, kwargs);
      try {
        return original.call(this, args, kwargs);
      } catch (err) {
        const text = messageOf(err as PyObject);
        if (err instanceof Sk.builtin.ValueError && text.startsWith('invalid literal for int()')) throw new Sk.builtin.ValueError(text.replace('int()', 'long()'));
        throw err;
      }
    };
  }
}

/** A builtin replaced by one that rewrites some of the errors it raises. */
function rewriteBuiltinErrors(name: string, rewrite: (err: PyObject, args: PyObject[]) => PyObject | undefined): void {
  const original = Sk.builtins[name];
  if (original === undefined) return;
  const meth = function (args: PyObject[], kwargs: PyObject[] | undefined) {
    try {
      return original.tp$call(args, kwargs);
    } catch (err) {
      throw rewrite(err as PyObject, args) ?? err;
    }
  };
  Sk.builtins[name] = new Sk.builtin.sk_method({ $meth: meth, $name: name, $flags: { FastCall: true }, $textsig: null, $doc: original.$doc }, null, 'builtins');
}

function messageOf(err: PyObject): string {
  return String(err?.args?.v?.[0]?.v ?? '');
}

function installBuiltinMessages(): void {
  for (const name of ['max', 'min']) {
    rewriteBuiltinErrors(name, (err) => {
      const text = messageOf(err);
      if (err instanceof Sk.builtin.ValueError && text.endsWith('arg is an empty sequence')) return new Sk.builtin.ValueError(`${name} of empty sequence`);
      if (err instanceof Sk.builtin.TypeError && /^m(?:ax|in) expected 1 argument, got 0$/.test(text)) return new Sk.builtin.TypeError(`${name}() expected 1 arguments, got 0`);
      return undefined;
    });
  }
  rewriteBuiltinErrors('chr', (err) => (err instanceof Sk.builtin.TypeError && messageOf(err) === 'an integer is required' ? new Sk.builtin.TypeError("chr(): 1st arg can't be coerced to int") : undefined));
  rewriteBuiltinErrors('range', (err, args) => {
    if (!(err instanceof Sk.builtin.TypeError) || !messageOf(err).endsWith('cannot be interpreted as an integer')) return undefined;
    const names = args.length === 1 ? ['end'] : ['start', 'end', 'step'];
    const index = args.findIndex((a) => !(a instanceof Sk.builtin.int_ || a instanceof Sk.builtin.lng));
    const what = names[index] ?? 'end';
    return new Sk.builtin.TypeError(`range() integer ${what} argument expected, got ${Sk.abstr.typeName(args[index] ?? args[0])}.`);
  });
}

function installDictSubclassStr(): void {
  const dict = Sk.builtin.dict;
  const ownStr = dict.prototype.tp$str;
  dict.prototype.tp$str = function (this: PyObject) {
    if (this.ob$type !== dict && (this.ob$type?.sk$klass !== undefined || this.ob$type?.prototype.tp$name === 'Counter')) return dict.prototype.$r.call(this);
    return ownStr.call(this);
  };
}

export function installNumericCorners(): void {
  installDictSubclassStr();
  installInfiniteFloorDivision();
  installExactComparison();
  installDictOrdering();
  installIntegerParsing();
  installBuiltinMessages();
}
