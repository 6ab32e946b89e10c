import type { PyObject, PyType, SkGlobal } from '../skulpt-types.js';
import { methodDescriptor } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * `format(x, spec)` / str.format for the types whose `__format__` Skulpt leaves as Python 3 or unimplemented:
 * - object: a non-empty spec formats `str(x)` (Python 2.7; Skulpt raises NotImplementedError), so
 *   `format(None, '^6')` is `' None '`;
 * - bool: formats as the integer, as in Jython (`format(True, '<6')` is `'1     '`, `format(True, '')` is `'1'`);
 * - int/long: the `n` type is `d` in the C locale Jython runs with (no grouping).
 * (float's types, `n` included, are in float-format.ts.)
 */
type FormatMeth = (this: PyObject, spec: PyObject) => PyObject;

function replaceFormat(type: PyType, make: (original: FormatMeth) => FormatMeth): void {
  const descriptor = methodDescriptor(type.prototype, '__format__');
  if (descriptor === undefined || !Object.prototype.hasOwnProperty.call(type.prototype, '__format__')) return;
  const original = descriptor.$meth as unknown as FormatMeth;
  const meth = make(original);
  descriptor.$meth = meth;
  if (descriptor.d$def) descriptor.d$def.$meth = meth;
}

function withIntegerN(spec: PyObject): PyObject {
  return spec instanceof Sk.builtin.str && spec.v.endsWith('n') ? new Sk.builtin.str(`${spec.v.slice(0, -1)}d`) : spec;
}

export function installFormatSpec(): void {
  replaceFormat(Sk.builtin.object, (original) => function (this: PyObject, spec: PyObject) {
    if (spec instanceof Sk.builtin.str && spec.v !== '') return Sk.abstr.objectFormat(new Sk.builtin.str(this), spec);
    return original.call(this, spec);
  });
  const intFormat = (original: FormatMeth): FormatMeth => function (this: PyObject, spec: PyObject) {
    return original.call(this, withIntegerN(spec));
  };
  replaceFormat(Sk.builtin.int_, intFormat);
  if (Sk.builtin.lng !== undefined && Sk.builtin.lng !== Sk.builtin.int_) replaceFormat(Sk.builtin.lng, intFormat);
  replaceFormat(Sk.builtin.bool, (original) => function (this: PyObject, spec: PyObject) {
    void original;
    return Sk.abstr.objectFormat(new Sk.builtin.int_(this === Sk.builtin.bool.true$ ? 1 : 0), spec);
  });
}
