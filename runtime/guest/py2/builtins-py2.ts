import type { PyMethodDef, PyObject, SkGlobal } from '../skulpt-types.js';
import { engineValue } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2 builtins Skulpt lacks or stubs: `cmp`, `apply`, and the dict methods `iteritems`/`iterkeys`/
 * `itervalues` and `viewitems`/`viewkeys`/`viewvalues` (Skulpt's py2 mode only swaps keys/items/values
 * to lists).
 */

/** cmp(a, b): -1, 0 or 1 by Python 2 ordering (rich comparisons, as CPython's default). */
function cmp(a: PyObject, b: PyObject): PyObject {
  if (a === b) return new Sk.builtin.int_(0);
  const cmpMethod = Sk.abstr.lookupSpecial?.(a, new Sk.builtin.str('__cmp__'));
  if (cmpMethod !== undefined) {
    const r = Sk.misceval.callsimArray(cmpMethod, [b]);
    if (r !== Sk.builtin.NotImplemented.NotImplemented$) {
      const n = Number(Sk.builtin.asnum$(r));
      return new Sk.builtin.int_(n < 0 ? -1 : n > 0 ? 1 : 0);
    }
  }
  if (Sk.misceval.richCompareBool(a, b, 'Eq')) return new Sk.builtin.int_(0);
  if (Sk.misceval.richCompareBool(a, b, 'Lt')) return new Sk.builtin.int_(-1);
  return new Sk.builtin.int_(1);
}

/** apply(f, args=(), kwargs={}) == f(*args, **kwargs). */
function apply(fn: PyObject, args?: PyObject, kwargs?: PyObject): PyObject {
  const positional: PyObject[] = args === undefined ? [] : Sk.misceval.arrayFromIterable(args);
  const kws: (string | PyObject)[] = [];
  if (kwargs !== undefined && kwargs !== Sk.builtin.none.none$) {
    if (!(kwargs instanceof Sk.builtin.dict)) throw new Sk.builtin.TypeError('apply() arg 3 expected dictionary, found ' + Sk.abstr.typeName(kwargs));
    for (const key of Sk.misceval.arrayFromIterable(kwargs)) {
      kws.push(String(engineValue(key)), kwargs.mp$subscript(key));
    }
  }
  return Sk.misceval.callsimOrSuspendArray(fn, positional, kws);
}

function defineBuiltin(name: string, fn: (...args: PyObject[]) => PyObject, min: number, max: number): void {
  const f = new Sk.builtin.func(function (...args: PyObject[]) {
    Sk.builtin.pyCheckArgsLen(name, args.length, min, max);
    return fn(...args);
  });
  f.$name = name;
  Sk.builtins[Sk.fixReserved(name)] = f;
}

function installDictIterMethods(): void {
  const dict = Sk.builtin.dict;
  // Skulpt's Python 3 dict views, kept aside by the type (method definitions by name).
  const py3 = (dict['py3$methods'] ?? {}) as Partial<Record<'keys' | 'items' | 'values', PyMethodDef>>;
  const view = (name: 'keys' | 'items' | 'values') => {
    const def = py3[name];
    if (def === undefined) return undefined;
    return (self: PyObject) => (def.$meth as (this: PyObject) => PyObject).call(self);
  };
  const add = (name: string, make: ((self: PyObject) => PyObject) | undefined, iterate: boolean) => {
    if (make === undefined) return;
    dict.prototype[name] = new Sk.builtin.method_descriptor(dict, {
      $name: name,
      $flags: { NoArgs: true },
      $meth(this: PyObject) {
        const v = make(this);
        return iterate ? Sk.abstr.iter(v) : v;
      },
    });
  };
  for (const name of ['keys', 'items', 'values'] as const) {
    add(`iter${name}`, view(name), true);
    add(`view${name}`, view(name), false);
  }
}

/** oct(0) is '0' in Python 2; Skulpt's prefixing gives '00'. */
function fixOct(): void {
  const original = Sk.builtins['oct'];
  if (original === undefined) return;
  defineBuiltin('oct', (x: PyObject) => {
    const text = Sk.misceval.callsimArray(original, [x]);
    const digits = engineValue(text);
    return digits === '00' ? new Sk.builtin.str('0') : digits === '00L' ? new Sk.builtin.str('0L') : text;
  }, 1, 1);
}

/** The `Ellipsis` builtin (Skulpt has none): a singleton of type `ellipsis`. */
function installEllipsis(): void {
  const ellipsisType = Sk.abstr.buildNativeClass('ellipsis', {
    constructor: function ellipsis() {},
    slots: {
      $r() { return new Sk.builtin.str('Ellipsis'); },
      tp$new() { throw new Sk.builtin.TypeError("cannot create 'ellipsis' instances"); },
    },
  });
  Sk.builtins['Ellipsis'] = new ellipsisType();
}

export function installPy2Builtins(): void {
  fixOct();
  installEllipsis();
  defineBuiltin('cmp', cmp, 2, 2);
  defineBuiltin('apply', apply, 1, 3);
  installDictIterMethods();
}
