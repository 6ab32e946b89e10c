import type { PyInstance, PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * `abs(x)` on a value without `__abs__` raises Python's `TypeError: bad operand type for abs(): 'str'`.
 * Skulpt threw a JavaScript TypeError there, which reached scripts as an ExternalError.
 */
export function installAbsTypeError(): void {
  const abs = function abs(x: PyObject): PyObject {
    const absolute = (x as PyInstance).nb$abs;
    if (absolute) return absolute.call(x);
    throw new Sk.builtin.TypeError(`bad operand type for abs(): '${Sk.abstr.typeName(x)}'`);
  };
  Sk.builtin.abs = abs;
  Sk.builtin.fabs = abs;
  Sk.builtins['abs'] = new Sk.builtin.sk_method(
    { $name: 'abs', $meth: abs, $flags: { OneArg: true }, $textsig: '($module, x, /)', $doc: 'Return the absolute value of the argument.' },
    null,
    'builtins',
  );
}
