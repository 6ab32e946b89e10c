import { guestPackage } from './modules/extensions.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';
import { engineValue, slotsOf } from './slots.js';

declare const Sk: SkGlobal;

/**
 * Jython imports Java classes as if they were modules: `import java.lang.Exception` binds `java` and loads the
 * class, `from java.util import Date` finds a class of a package. For the guest packages that ask for it
 * (GuestPackage.classImports), a dotted name resolves to its longest prefix that is a module file, then to
 * attributes of that module. A name that resolves to nothing raises ImportError saying that it is not
 * available in the sandbox, since on a gateway it would exist.
 */
export function installClassImports(): void {
  const original = Sk.builtin.__import__;
  Sk.builtin.__import__ = function (this: unknown, name: string | PyObject, globals: unknown, locals: unknown, fromlist?: string[], level?: number) {
    const full = typeof name === 'string' ? name : String(engineValue(name) ?? '');
    const top = full.split('.')[0] ?? '';
    if (guestPackage(top)?.classImports !== true) return original.call(this, name, globals, locals, fromlist, level);
    const importModule = (moduleName: string): PyObject => {
      Sk.misceval.retryOptionalSuspensionOrThrow(original.call(this, moduleName, globals, locals, [], 0));
      return Sk.sysmodules.quick$lookup(new Sk.builtin.str(moduleName)) as PyObject;
    };
    const leaf = resolve(full, importModule);
    const names = fromlist ?? [];
    if (names.length === 0) return importModule(top);
    for (const fromName of names) {
      if (fromName === '*' || slotsOf(leaf).tp$getattr?.(new Sk.builtin.str(fromName)) !== undefined) continue;
      if (isModuleFile(`${full}.${fromName}`)) importModule(`${full}.${fromName}`);
      else throw new Sk.builtin.ImportError(`cannot import name ${fromName} (${full}.${fromName} is not available in the sandbox)`);
    }
    return leaf;
  };
}

function isModuleFile(dotted: string): boolean {
  const files: Record<string, string> = Sk.builtinFiles?.files ?? {};
  const path = `src/lib/${dotted.split('.').join('/')}`;
  return Object.hasOwn(files, `${path}.py`) || Object.hasOwn(files, `${path}/__init__.py`);
}

function resolve(full: string, importModule: (name: string) => PyObject): PyObject {
  const parts = full.split('.');
  for (let i = parts.length; i >= 1; i--) {
    const moduleName = parts.slice(0, i).join('.');
    if (!isModuleFile(moduleName)) continue;
    let obj = importModule(moduleName);
    for (let j = i; j < parts.length; j++) {
      const next = slotsOf(obj).tp$getattr?.(new Sk.builtin.str(parts[j] as string));
      if (next === undefined) break;
      obj = next;
      if (j === parts.length - 1) return obj;
    }
    if (i === parts.length) return obj;
    break;
  }
  throw new Sk.builtin.ImportError(`No module named ${full} (${full} is not available in the sandbox)`);
}
