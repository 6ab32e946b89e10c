import { checkAsciiOperand } from './codecs.js';
import { isUnicode, makeUnicode } from './unicode.js';
import type { PyObject, PyStr, SkGlobal } from '../skulpt-types.js';
import { methodDescriptor, replaceMethod, requireSlot, setSlot, slotFunction } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2 str/unicode mixing: an operation on a unicode string, or on a str with a unicode argument, gives unicode.
 * `u'a'.upper()`, `'a' + u'b'`, `u'abc'[1:]`, `','.join([u'a'])`, `'a,b'.split(u',')`, iterating a unicode string:
 * all unicode. Skulpt's str methods build plain str results; this wraps them and converts the result.
 */
const STRING_METHODS = [
  'replace', 'split', 'rsplit', 'capitalize', 'title', 'center', 'expandtabs', 'partition', 'ljust', 'lower', 'lstrip',
  'rjust', 'rstrip', 'rpartition', 'splitlines', 'strip', 'swapcase', 'upper', 'zfill', '__format__', 'translate',
];

/** A str result (or the str items of a list/tuple result) as unicode. */
export function asUnicodeResult(result: PyObject): PyObject {
  if (result instanceof Sk.builtin.str) return isUnicode(result) ? result : makeUnicode(result.v);
  if (result instanceof Sk.builtin.list) return new Sk.builtin.list(result.v.map(asUnicodeResult));
  if (result instanceof Sk.builtin.tuple) return new Sk.builtin.tuple(result.v.map(asUnicodeResult));
  return result;
}

function wrapMethod(name: string): void {
  const descriptor = methodDescriptor(Sk.builtin.str.prototype, name);
  if (descriptor === undefined || Reflect.get(descriptor.$meth, '$unicodeAware') === true) return;
  const original = descriptor.$meth;
  const wrapped = function (this: PyObject, ...args: unknown[]) {
    const mixes = isUnicode(this) || args.some((a) => a instanceof Sk.builtin.str && isUnicode(a) || Array.isArray(a) && a.some(isUnicodeValue));
    if (mixes && name !== '__format__') {
      // A str meeting unicode is decoded as ASCII first (UnicodeDecodeError past it), as in Python 2.
      checkAsciiOperand(this);
      for (const a of args) if (a instanceof Sk.builtin.str) checkAsciiOperand(a);
    }
    const result = original.apply(this, args);
    return mixes ? Sk.misceval.chain(result, asUnicodeResult) : result;
  };
  Object.assign(wrapped, { $unicodeAware: true });
  replaceMethod(descriptor, wrapped);
}

function isUnicodeValue(a: unknown): boolean {
  return a instanceof Sk.builtin.str && isUnicode(a);
}

function wrapJoin(): void {
  const descriptor = methodDescriptor(Sk.builtin.str.prototype, 'join');
  if (descriptor === undefined) throw new Error('perspective-sandbox: Skulpt\'s str has no join method');
  const original = descriptor.$meth;
  replaceMethod(descriptor, function (this: PyObject, seq: PyObject) {
    return Sk.misceval.chain(Sk.misceval.arrayFromIterable(seq, true), (items: PyObject[]) => {
      if (!(isUnicode(this) || items.some(isUnicodeValue))) return original.call(this, new Sk.builtin.list(items));
      checkAsciiOperand(this);
      items.forEach(checkAsciiOperand);
      return asUnicodeResult(original.call(this, new Sk.builtin.list(items)) as PyObject);
    });
  });
}

function wrapSlots(): void {
  const proto = Sk.builtin.str.prototype;
  // `+` reaches sq$concat or nb$add, `*` sq$repeat or nb$multiply / nb$reflected_multiply (3 * u'x').
  for (const slot of ['sq$concat', 'nb$add']) {
    const concat = slotFunction(proto, slot);
    if (concat === undefined) continue;
    setSlot(proto, slot, function (this: PyObject, otherArg: unknown) {
      const other = otherArg as PyObject;
      if (!(isUnicode(this) || isUnicodeValue(other))) return concat.call(this, other);
      checkAsciiOperand(this);
      checkAsciiOperand(other);
      return asUnicodeResult(concat.call(this, other) as PyObject);
    });
  }
  for (const slot of ['sq$repeat', 'nb$multiply', 'nb$reflected_multiply', 'mp$subscript']) {
    const original = slotFunction(proto, slot);
    if (original === undefined) continue;
    setSlot(proto, slot, function (this: PyObject, arg: unknown) {
      const result = original.call(this, arg) as PyObject;
      return isUnicode(this) ? asUnicodeResult(result) : result;
    });
  }
  const iter = requireSlot(proto, 'tp$iter');
  proto.tp$iter = function (this: PyStr) {
    if (!isUnicode(this)) return iter.call(this);
    return Sk.abstr.iter(new Sk.builtin.list(Array.from(this.v, (ch) => makeUnicode(ch))));
  };
}

export function installUnicodeMixing(): void {
  for (const name of STRING_METHODS) wrapMethod(name);
  wrapJoin();
  wrapSlots();
}
