import { makeHostFunction, type HostFunctionDecl } from './host-function.js';
import type { ToPyOptions } from './convert.js';

/** The serialisable module tree the host declares (see runtime/host-module.ts). */
export interface ModuleDecl {
  readonly name: string;
  readonly doc: string;
  readonly functions: readonly HostFunctionDecl[];
  readonly submodules: readonly ModuleDecl[];
}

/** Builds fresh Python module objects for a declared tree and registers each in sys.modules. */
export function buildModule(decl: ModuleDecl, options: ToPyOptions, sysmodules: PyObject): PyObject {
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
