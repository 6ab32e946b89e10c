import type { ModuleDecl } from '../wire.js';
import type { ToPyOptions } from './convert.js';
import { makeHostFunction } from './host-function.js';

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
  for (const { name, module: guestName } of decl.guestModules ?? []) defineGuestMember(module, name, guestName);
  for (const sub of decl.submodules) {
    const shortName = sub.name.slice(decl.name.length + 1);
    module.$d[shortName] = buildModule(sub, options, sysmodules);
  }
  sysmodules.mp$ass_subscript(new Sk.builtin.str(decl.name), module);
  return module;
}

/**
 * A member implemented by a Python module of the guest bundle: imported on first access (a property getter
 * that replaces itself with the module), so scripts that never use it do not compile it.
 */
function defineGuestMember(module: PyObject, name: string, guestName: string): void {
  Object.defineProperty(module.$d, name, {
    configurable: true,
    enumerable: true,
    get(): PyObject {
      const loaded = Sk.importModule(guestName, false, false) as PyObject;
      Object.defineProperty(module.$d, name, { value: loaded, writable: true, configurable: true, enumerable: true });
      return loaded;
    },
    set(value: PyObject) {
      Object.defineProperty(module.$d, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
