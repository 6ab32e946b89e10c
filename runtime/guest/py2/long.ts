import type { PyIntLike, PyKwArgs, PyObject, PyType, SkGlobal } from '../skulpt-types.js';
import { requireSlot, setSlot, slotFunction } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2 / Jython `long`: integers past 32 bits (Jython's sys.maxint is 2147483647) are `long`, and any arithmetic
 * with a long gives a long (`type(2**64)`, `repr(10**20)` ends in L, `2**40 - 2**40` is `0L`). Skulpt has one
 * int type whose values grow into bigints, and a `long` subclass used only for `5L` and `long(x)`.
 * Also fixes Skulpt's bigint floor division and modulo, which truncate toward zero (`-2**70 % 7` must be 5).
 */
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

const BINARY_SLOTS = [
  'nb$add', 'nb$subtract', 'nb$multiply', 'nb$power', 'nb$lshift', 'nb$rshift', 'nb$and', 'nb$or', 'nb$xor',
  'nb$reflected_add', 'nb$reflected_subtract', 'nb$reflected_multiply', 'nb$reflected_power', 'nb$reflected_lshift',
  'nb$reflected_rshift', 'nb$reflected_and', 'nb$reflected_or', 'nb$reflected_xor',
];
const UNARY_SLOTS = ['nb$negative', 'nb$positive', 'nb$abs', 'nb$invert'];
const DIVISION_SLOTS: Record<string, 'div' | 'mod' | 'divmod'> = {
  nb$floor_divide: 'div', nb$divide: 'div', nb$remainder: 'mod', nb$divmod: 'divmod',
  nb$reflected_floor_divide: 'div', nb$reflected_divide: 'div', nb$reflected_remainder: 'mod', nb$reflected_divmod: 'divmod',
};

/** The operator of each binary slot that plainIntOp serves first (reflected: the operands swap). */
const FAST_SLOTS: Readonly<Record<string, readonly [op: string, reflected: boolean]>> = {
  nb$add: ['Add', false], nb$reflected_add: ['Add', true], nb$subtract: ['Sub', false], nb$reflected_subtract: ['Sub', true],
  nb$multiply: ['Mult', false], nb$reflected_multiply: ['Mult', true],
};

function isLong(obj: unknown): boolean {
  return obj instanceof Sk.builtin.lng;
}

function isPlainInt(obj: unknown): obj is PyIntLike {
  return obj instanceof Sk.builtin.int_ && !(obj instanceof Sk.builtin.bool);
}

/** An int result as Python 2 types it: long when an operand was long or the value left 32 bits. */
function typed(result: PyObject, forceLong: boolean): PyObject {
  if (!isPlainInt(result) || isLong(result)) return result;
  const v = result.v;
  const big = typeof v !== 'number' || v > INT_MAX || v < INT_MIN;
  return forceLong || big ? new Sk.builtin.lng(typeof v === 'number' ? v : String(v)) : result;
}

function typedAll(result: PyObject, forceLong: boolean): PyObject {
  if (result instanceof Sk.builtin.tuple) return new Sk.builtin.tuple(result.v.map((r: PyObject) => typed(r, forceLong)));
  return typed(result, forceLong);
}

function bigOf(v: unknown): bigint {
  return BigInt(String(v));
}

/** Python floor division and modulo on bigints (Skulpt truncates toward zero). */
function bigDivision(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

function longOf(n: bigint): PyObject {
  return new Sk.builtin.lng(n.toString());
}

/**
 * The common case, checked first: two plain ints (exactly int, not long, bool or a subclass) whose result is a
 * plain int inside 32 bits. It needs none of typed()'s work; everything else takes the general path.
 */
function plainResult(self: PyObject, other: unknown, result: PyObject, int: unknown): boolean {
  if (result.constructor !== int || self.constructor !== int || (other as PyObject | undefined)?.constructor !== int) return false;
  const v = (result as PyIntLike).v;
  return typeof v === 'number' && v <= INT_MAX && v >= INT_MIN;
}

/**
 * `a + b`, `a - b`, `a * b`, `a % b`, `a / b` and `a // b` on two plain ints (exactly int) held as numbers, as
 * the slots compute them, when the result is a plain int inside 32 bits (`/` on ints floors in Python 2).
 * Undefined for everything else, a zero divisor included: the caller then takes the general path.
 */
function plainIntOp(int: PyType, a: unknown, b: unknown, op: string): PyObject | undefined {
  if ((a as PyObject | undefined)?.constructor !== int || (b as PyObject | undefined)?.constructor !== int) return undefined;
  const x: unknown = (a as PyIntLike).v;
  const y: unknown = (b as PyIntLike).v;
  if (typeof x !== 'number' || typeof y !== 'number') return undefined;
  let r: number;
  switch (op) {
    case 'Add': r = x + y; break;
    case 'Sub': r = x - y; break;
    case 'Mult': r = x * y; break;
    case 'Mod':
      if (y === 0) return undefined;
      r = x % y;
      if (r !== 0 && (r < 0) !== (y < 0)) r += y;
      break;
    case 'Div':
    case 'FloorDiv':
      // Exact for 32-bit operands: the quotient's rounding error is smaller than its distance to an integer.
      if (y === 0 || x > INT_MAX || x < INT_MIN || y > INT_MAX || y < INT_MIN) return undefined;
      r = Math.floor(x / y);
      break;
    default: return undefined;
  }
  return r <= INT_MAX && r >= INT_MIN ? new int(r) : undefined;
}

/**
 * Binary operators (and their augmented forms) try plainIntOp before Skulpt's operator dispatch, which looks the
 * operands' slots up by name at every operation.
 */
function installIntOperators(int: PyType): void {
  const binary = Sk.abstr.numberBinOp;
  const inplace = Sk.abstr.numberInplaceBinOp;
  Sk.abstr.numberBinOp = (a, b, op) => plainIntOp(int, a, b, op) ?? binary(a, b, op);
  Sk.abstr.numberInplaceBinOp = (a, b, op) => plainIntOp(int, a, b, op) ?? inplace(a, b, op);
}

export function installLong(): void {
  const int = Sk.builtin.int_;
  const proto = int.prototype;
  installIntOperators(int);
  for (const slot of BINARY_SLOTS) {
    const original = slotFunction(proto, slot);
    if (original === undefined) continue;
    const fast = FAST_SLOTS[slot];
    setSlot(proto, slot, function (this: PyObject, other: unknown, modulus: unknown) { // nb$power takes a modulus
      // The most common case first (called directly: sum(), operator.add, __add__).
      const quick = fast === undefined ? undefined : fast[1] ? plainIntOp(int, other, this, fast[0]) : plainIntOp(int, this, other, fast[0]);
      if (quick !== undefined) return quick;
      const result = original.call(this, other, modulus) as PyObject;
      return plainResult(this, other, result, int) ? result : typed(result, isLong(this) || isLong(other));
    });
  }
  for (const slot of UNARY_SLOTS) {
    const original = slotFunction(proto, slot);
    if (original === undefined) continue;
    setSlot(proto, slot, function (this: PyObject) {
      return typed(original.call(this) as PyObject, isLong(this));
    });
  }
  for (const [slot, kind] of Object.entries(DIVISION_SLOTS)) {
    const original = slotFunction(proto, slot);
    if (original === undefined) continue;
    const reflected = slot.includes('reflected');
    setSlot(proto, slot, function (this: PyObject, otherArg: unknown) {
      const self = this as PyIntLike;
      const other = otherArg as PyObject;
      // Two plain ints held as numbers: Skulpt's own division is right for them (the divisor's sign rules included).
      if (self.constructor === int && other?.constructor === int && typeof self.v === 'number' && typeof (other as PyIntLike).v === 'number') {
        const result = original.call(self, other) as PyObject;
        if (plainResult(self, other, result, int)) return result;
        return typedAll(result, false);
      }
      const forceLong = isLong(self) || isLong(other);
      if (!(other instanceof Sk.builtin.int_)) return original.call(self, other);
      const [x, y] = reflected ? [other, self] : [self, other];
      if (forceLong && String(y.v) === '0') {
        throw new Sk.builtin.ZeroDivisionError('long division or modulo');
      }
      if (typeof x.v === 'number' && typeof y.v === 'number') return typedAll(original.call(self, other) as PyObject, forceLong);
      if (String(y.v) === '0') return original.call(self, other);
      const [q, r] = bigDivision(bigOf(x.v), bigOf(y.v));
      if (kind === 'div') return typed(longOf(q), forceLong);
      if (kind === 'mod') return typed(longOf(r), forceLong);
      return new Sk.builtin.tuple([typed(longOf(q), forceLong), typed(longOf(r), forceLong)]);
    });
  }
  // int(x) past 32 bits is a long, as in Jython (`type(int(10**20))`).
  const intNew = requireSlot(proto, 'tp$new');
  proto.tp$new = function (this: PyObject, args: PyObject[], kwargs: PyKwArgs | undefined) {
    const result = intNew.call(this, args, kwargs);
    return this === Sk.builtin.int_.prototype ? typed(result, false) : result;
  };
}
