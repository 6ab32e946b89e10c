import type { PyObject, PyType, SkGlobal } from '../skulpt-types.js';
import { engineValue } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * The arithmetic special methods of int, long and float called directly, as Jython 2.7 gives them:
 * - `(7).__truediv__(2)` and `__rtruediv__` divide as floats (3.5) when both sides are int or long (bool included);
 *   another operand gives NotImplemented. Skulpt mapped them to `/`, which floors two ints. A zero divisor raises
 *   `float division` on an int, `long division or modulo` on a long.
 * - `__coerce__` gives the pair of the common type, or NotImplemented: int with int, long with int or long (both
 *   long), float with int, long or float (both float).
 * - `__nonzero__` is the truth value.
 * The operators themselves (`7 / 2`, ...) do not go through these methods and are unchanged. (No `__cmp__`: Skulpt's
 * mixed-type comparisons call any `__cmp__` they find, so one on numbers would change `1 == 'a'`.)
 */
type Kind = 'int' | 'long' | 'float';

function kindOf(value: PyObject): Kind | undefined {
  if (value instanceof Sk.builtin.float_) return 'float';
  if (value instanceof Sk.builtin.lng) return 'long';
  if (value instanceof Sk.builtin.int_) return 'int';
  return undefined;
}

function bigOf(value: PyObject): bigint {
  return BigInt(String(engineValue(value)));
}

function numberOf(value: PyObject): number {
  return Number(String(engineValue(value)));
}

function define(type: PyType, name: string, minArgs: number, body: (self: PyObject, other: PyObject) => PyObject): void {
  type.prototype[name] = new Sk.builtin.method_descriptor(type, {
    $name: name,
    $flags: { MinArgs: minArgs, MaxArgs: minArgs },
    $textsig: null,
    $doc: null,
    $meth(this: PyObject, other: PyObject) {
      return body(this, other);
    },
  });
}

function trueDivide(self: PyObject, dividend: PyObject, divisor: PyObject): PyObject {
  const integers = (v: PyObject) => kindOf(v) === 'int' || kindOf(v) === 'long';
  if (!integers(dividend) || !integers(divisor)) return Sk.builtin.NotImplemented.NotImplemented$;
  if (bigOf(divisor) === 0n) {
    throw new Sk.builtin.ZeroDivisionError(kindOf(self) === 'long' ? 'long division or modulo' : 'float division');
  }
  return new Sk.builtin.float_(numberOf(dividend) / numberOf(divisor));
}

const ACCEPTED_BY: Record<Kind, readonly Kind[]> = { int: ['int'], long: ['int', 'long'], float: ['int', 'long', 'float'] };

function coerce(self: PyObject, other: PyObject, kind: Kind): PyObject {
  const otherKind = kindOf(other);
  if (otherKind === undefined || !ACCEPTED_BY[kind].includes(otherKind)) return Sk.builtin.NotImplemented.NotImplemented$;
  const convert = (v: PyObject): PyObject => {
    if (kind === 'float') return new Sk.builtin.float_(numberOf(v));
    if (kind === 'long') return new Sk.builtin.lng(String(engineValue(v)));
    return v;
  };
  return new Sk.builtin.tuple([convert(self), convert(other)]);
}

export function installIntDunders(): void {
  const types: [PyType, Kind][] = [[Sk.builtin.int_, 'int'], [Sk.builtin.lng, 'long'], [Sk.builtin.float_, 'float']];
  for (const [type, kind] of types) {
    if (kind !== 'float') {
      define(type, '__truediv__', 1, (self, other) => trueDivide(self, self, other));
      define(type, '__rtruediv__', 1, (self, other) => trueDivide(self, other, self));
    }
    define(type, '__coerce__', 1, (self, other) => coerce(self, other, kind));
    define(type, '__nonzero__', 0, (self) => (Sk.misceval.isTrue(self) ? Sk.builtin.bool.true$ : Sk.builtin.bool.false$));
  }
}
