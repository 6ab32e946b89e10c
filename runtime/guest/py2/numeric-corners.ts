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
import { exceptionArgs, requireSlot, setSlot, slotFunction } from '../slots.js';
import type { PyCompareOp, PyDict, PyInstance, PyKwArgs, PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

interface PyFloat extends PyInstance { readonly v: number }

function floatOf(value: PyObject): number | undefined {
  if (value instanceof Sk.builtin.float_) return value.v;
  if (value instanceof Sk.builtin.int_ || value instanceof Sk.builtin.lng) return Number(String(value.v));
  return undefined;
}

function installInfiniteFloorDivision(): void {
  const proto = Sk.builtin.float_.prototype;
  const floorDivide = requireSlot(proto, 'nb$floor_divide');
  const divmod = requireSlot(proto, 'nb$divmod');
  const remainder = requireSlot(proto, 'nb$remainder');
  proto.nb$floor_divide = function (this: PyFloat, other: PyObject) {
    const v = this.v;
    const w = floatOf(other);
    if (w !== undefined && (v === Infinity || v === -Infinity)) {
      if (w === 0) throw new Sk.builtin.ZeroDivisionError('float division');
      return new Sk.builtin.float_(Math.floor(v / w));
    }
    return floorDivide.call(this, other);
  };
  proto.nb$divmod = function (this: PyFloat, other: PyObject) {
    const v = this.v;
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
    const original = slotFunction(proto, slot);
    if (original === undefined) continue;
    setSlot(proto, slot, function (this: PyObject, other: unknown) {
      const f = (this as PyFloat).v;
      if ((other instanceof Sk.builtin.int_ || other instanceof Sk.builtin.lng) && !(other instanceof Sk.builtin.bool)) {
        if (Number.isNaN(f)) return slot === 'ob$ne';
        return test(Number.isFinite(f) ? compareExact(f, BigInt(String(other.v))) : f > 0 ? 1 : -1);
      }
      return original.call(this, other);
    });
  }
}

/** Python 2's dict_compare: -1, 0 or 1. */
function compareDicts(a: PyDict, b: PyDict): number {
  const lengthA = requireSlot(a, 'sq$length').call(a);
  const lengthB = requireSlot(b, 'sq$length').call(b);
  if (lengthA !== lengthB) return lengthA < lengthB ? -1 : 1;
  const cmp = Sk.builtins['cmp'] ?? Sk.builtin.none.none$;
  const order = (x: PyObject, y: PyObject): number => Number(Sk.builtin.asnum$(Sk.misceval.callsimArray(cmp, [x, y])));
  // The smallest key of `x` whose value is missing from or different in `y`, with its value.
  const smallestDifference = (x: PyDict, y: PyDict): [PyObject, PyObject] | undefined => {
    let found: [PyObject, PyObject] | undefined;
    for (const key of Sk.misceval.arrayFromIterable(x)) {
      const value = x.mp$subscript(key);
      const other = y.mp$lookup(key);
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
  const original = requireSlot(proto, 'tp$richcompare');
  proto.tp$richcompare = function (this: PyDict, other: PyObject, op: PyCompareOp) {
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
  const floatNew = requireSlot(floatProto, 'tp$new');
  floatProto.tp$new = function (this: PyObject, args: PyObject[], kwargs: PyKwArgs | undefined) {
    const [first] = args;
    if (first instanceof Sk.builtin.str && /[^\x00-\x7f]/.test(first.v)) args = [new Sk.builtin.str(asciiDigits(first.v)), ...args.slice(1)];
    return floatNew.call(this, args, kwargs);
  };
  for (const type of [Sk.builtin.int_, Sk.builtin.lng]) {
    if (type === undefined) continue;
    const proto = type.prototype;
    const original = requireSlot(proto, 'tp$new');
    const isLongType = type === Sk.builtin.lng && Sk.builtin.lng !== Sk.builtin.int_;
    proto.tp$new = function (this: PyObject, args: PyObject[], kwargs: PyKwArgs | undefined) {
      const [first] = args;
      if (first instanceof Sk.builtin.str) {
        let text = first.v;
        if (/[^\x00-\x7f]/.test(text)) text = asciiDigits(text);
        if (isLongType) text = text.replace(/^(\s*[-+]?\w*?\d\s*)[lL](\s*)$/, '$1$2');
        if (text !== first.v) args = [new Sk.builtin.str(text), ...args.slice(1)];
      }
      if (!isLongType) return original.call(this, args, kwargs);
      try {
        return original.call(this, args, kwargs);
      } catch (err) {
        const text = messageOf(err);
        if (err instanceof Sk.builtin.ValueError && text.startsWith('invalid literal for int()')) throw new Sk.builtin.ValueError(text.replace('int()', 'long()'));
        throw err;
      }
    };
  }
}

/** A builtin replaced by one that rewrites some of the errors it raises. */
function rewriteBuiltinErrors(name: string, rewrite: (err: unknown, args: PyObject[]) => PyObject | undefined): void {
  const original = Sk.builtins[name] as (PyInstance & { $doc?: string }) | undefined;
  if (original === undefined) return;
  const call = requireSlot(original, 'tp$call');
  const meth = function (args: PyObject[], kwargs: PyKwArgs | undefined) {
    try {
      return call.call(original, args, kwargs);
    } catch (err) {
      throw rewrite(err, args) ?? err;
    }
  };
  Sk.builtins[name] = new Sk.builtin.sk_method({ $meth: meth, $name: name, $flags: { FastCall: true }, $textsig: null, $doc: original.$doc }, null, 'builtins');
}

function messageOf(err: unknown): string {
  const first = exceptionArgs(err)[0];
  return first instanceof Sk.builtin.str ? first.v : String((first as { v?: unknown } | undefined)?.v ?? '');
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
    return new Sk.builtin.TypeError(`range() integer ${what} argument expected, got ${Sk.abstr.typeName(args[index] ?? args[0] ?? Sk.builtin.none.none$)}.`);
  });
}

function installDictSubclassStr(): void {
  const dict = Sk.builtin.dict;
  const ownStr = requireSlot(dict.prototype, 'tp$str');
  const dictRepr = requireSlot(dict.prototype, '$r');
  dict.prototype.tp$str = function (this: PyDict) {
    if (this.ob$type !== dict && (this.ob$type.sk$klass !== undefined || this.ob$type.prototype.tp$name === 'Counter')) return dictRepr.call(this);
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
