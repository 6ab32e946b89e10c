import type { PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Skulpt shares one empty frozenset whose `in$repr` flag (the recursion guard of repr) is read-only, so
 * `repr(frozenset())` crashes with a JavaScript TypeError. The shared instance is rebuilt with a writable flag.
 */
export function installEmptyFrozensetFix(): void {
  const frozenset = Sk.builtin.frozenset;
  frozenset.$emptyset = Object.create(frozenset.prototype, {
    v: { value: new Sk.builtin.dict([]), enumerable: true },
    in$repr: { value: false, writable: true, enumerable: true },
  });
}
