import type { ModuleDecl, PythonPartDecl } from '../wire.js';
import { toPy, type ToPyOptions } from './convert.js';
import { compile } from './exec.js';
import { makeHostFunction } from './host-function.js';
import type { PyDict, PyModule, PyObject, SkGlobal } from './skulpt-types.js';

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
    const value = makeHostFunction(`${decl.name}.${fn.name}`, fn, options);
    // A private function (`_read`), there for the module's Python part, is reachable but not listed by dir().
    if (fn.name.startsWith('_')) Object.defineProperty(module.$d, memberKey(fn.name), { value, writable: true, configurable: true, enumerable: false });
    else module.$d[memberKey(fn.name)] = value;
  }
  for (const { name, module: guestName } of decl.guestModules ?? []) defineGuestMember(module, name, guestName);
  for (const sub of decl.submodules) {
    const shortName = sub.name.slice(decl.name.length + 1);
    module.$d[memberKey(shortName)] = buildModule(sub, options, sysmodules);
  }
  if (decl.python !== undefined) definePythonPart(module.$d, decl.name, decl.python, options);
  for (const name of decl.unavailable ?? []) {
    defineUnavailable(module.$d, name, (decl.unavailableMessage ?? '{name} is not available').replaceAll('{name}', `${decl.name}.${name}`));
  }
  sysmodules.mp$ass_subscript(new Sk.builtin.str(decl.name), module);
  return module;
}

/**
 * A member implemented by a Python module of the guest bundle: imported on first access (a property getter
 * that replaces itself with the module), so scripts that never use it do not compile it.
 */
function defineGuestMember(module: PyModule, name: string, guestName: string): void {
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

/** The key of a member in a module's `$d`: Skulpt mangles names that are JavaScript reserved words (`print`). */
function memberKey(name: string): string {
  return Sk.fixReserved(name);
}

/**
 * The members a module's Python part exports: each is a getter that runs the source once (on the first read of
 * any of them), then replaces every getter with the value the source gave it.
 */
function definePythonPart(d: Record<string, PyObject>, moduleName: string, part: PythonPartDecl, options: ToPyOptions): void {
  let loaded = false;
  const load = (): void => {
    if (loaded) return;
    loaded = true;
    const globals: Record<string, PyObject> = {
      __name__: new Sk.builtin.str(moduleName),
      __doc__: Sk.builtin.none.none$,
      __package__: Sk.builtin.none.none$,
    };
    for (const [name, value] of Object.entries(part.constants)) globals[name] = toPy(value as Parameters<typeof toPy>[0], options);
    const saved = Sk.globals;
    try {
      Sk.misceval.retryOptionalSuspensionOrThrow(compile(part.source, part.filename)(globals));
    } finally {
      Sk.globals = saved;
    }
    for (const [member, defined] of Object.entries(part.exports)) {
      const value = globals[memberKey(defined)];
      if (value === undefined) throw new Sk.builtin.SystemError(`${moduleName}: its Python part does not define ${defined}`);
      Object.defineProperty(d, memberKey(member), { value, writable: true, enumerable: true, configurable: true });
    }
  };
  for (const member of Object.keys(part.exports)) {
    const key = memberKey(member);
    Object.defineProperty(d, key, {
      get() { load(); return d[key]; },
      set(value: PyObject) { Object.defineProperty(d, key, { value, writable: true, enumerable: true, configurable: true }); },
      enumerable: true,
      configurable: true,
    });
  }
}

/** A member that exists in the real API but not here: reading it says so. Not enumerable, so dir() and completions skip it. */
function defineUnavailable(d: Record<string, PyObject>, name: string, message: string): void {
  const key = memberKey(name);
  if (Object.hasOwn(d, key)) return;
  Object.defineProperty(d, key, {
    get() { throw new Sk.builtin.NotImplementedError(message); },
    set(value: PyObject) { Object.defineProperty(d, key, { value, writable: true, enumerable: true, configurable: true }); },
    enumerable: false,
    configurable: true,
  });
}
