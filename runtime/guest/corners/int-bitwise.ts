import type { PyObject, SkGlobal } from '../skulpt-types.js';
import { engineValue } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * `&`, `|`, `^`, `>>` on ints and longs. Skulpt computes them with JS 32-bit operators whenever both values are JS
 * numbers, which holds up to 2**53: `(2**32 + 1) | 0` lost its high bits, `-1 | 0` came out as 4294967295 and
 * `2**40 >> 35` was wrong. Python's results are those of unbounded two's complement: BigInt's.
 */
const INT_MIN = -2147483648n;
const INT_MAX = 2147483647n;

type Op = (a: bigint, b: bigint) => bigint;

const OPS: Record<string, Op> = {
  nb$and: (a, b) => a & b,
  nb$or: (a, b) => a | b,
  nb$xor: (a, b) => a ^ b,
  nb$rshift: (a, b) => {
    if (b < 0n) throw new Sk.builtin.ValueError('negative shift count');
    return a >> b;
  },
};

function isLong(obj: unknown): boolean {
  return obj instanceof Sk.builtin.lng;
}

function result(value: bigint, forceLong: boolean): PyObject {
  if (!forceLong && value >= INT_MIN && value <= INT_MAX) return new Sk.builtin.int_(Number(value));
  return new Sk.builtin.lng(value.toString());
}

export function installIntBitwise(): void {
  const proto = Sk.builtin.int_.prototype;
  for (const [slot, op] of Object.entries(OPS)) {
    const compute = (x: PyObject, y: PyObject): PyObject => {
      if (!(y instanceof Sk.builtin.int_)) return Sk.builtin.NotImplemented.NotImplemented$;
      return result(op(BigInt(String(engineValue(x))), BigInt(String(y.v))), isLong(x) || isLong(y));
    };
    const reflected = slot.replace('nb$', 'nb$reflected_');
    proto[slot] = function (this: PyObject, other: PyObject) { return compute(this, other); };
    proto[reflected] = function (this: PyObject, other: PyObject) {
      if (!(other instanceof Sk.builtin.int_)) return Sk.builtin.NotImplemented.NotImplemented$;
      return compute(other, this);
    };
  }
}
