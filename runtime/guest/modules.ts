import type { ModuleDecl } from '../wire.js';
import type { ToPyOptions } from './convert.js';
import { makeHostFunction } from './host-function.js';
import type { PyDict, PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/** Builds fresh Python module objects for a declared tree and registers each in sys.modules. */
export function buildModule(decl: ModuleDecl, options: ToPyOptions, sysmodules: PyDict): PyObject {
  const module = new Sk.builtin.module();
  module.$d = {
    __name__: new Sk.builtin.str(decl.name),
    __doc__: new Sk.builtin.str(decl.doc),
    __package__: Sk.builtin.none.none$,
  };
  for (const fn of decl.functions) {
    module.$d[fn.name] = makeHostFunction(`${decl.name}.${fn.name}`, fn, options);
  }
  for (const sub of decl.submodules) {
    const shortName = sub.name.slice(decl.name.length + 1);
    module.$d[shortName] = buildModule(sub, options, sysmodules);
  }
  sysmodules.mp$ass_subscript(new Sk.builtin.str(decl.name), module);
  return module;
}
