import type { SourcePackagesDecl } from '../wire.js';
import { registerDisplayFile } from './traceback.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Python packages given as sources by the host (an Ignition project library): every module is a package, so
 * `A.B.C` is served as `ps-packages/A/B/C/__init__.py` through Skulpt's own import machinery (one more entry on
 * its search path), with the import allowlist extended by the top-level names. On top of the import statement:
 * - top-level packages can be bound as lazy builtins (`Util.f()` with no import, as on an Ignition gateway);
 * - a package's children are lazy attributes (`A.B.C.f()` after only `import A`, or with no import at all).
 * Each module is loaded on first use and once per run (sys.modules). Tracebacks show the host's file names.
 */
const ROOT = 'ps-packages';

interface PackageFile { readonly name: string; readonly source: string; readonly file: string | undefined }

let files = new Map<string, PackageFile>();
let children = new Map<string, string[]>();
let topLevel: string[] = [];
let bindTopLevel = false;
/** Loaded packages whose children already have lazy attributes. */
let swept = new Set<string>();

function pathOf(name: string): string {
  return `${ROOT}/${name.split('.').join('/')}/__init__.py`;
}

/** Takes the host's package tree (once per configuration). */
export function configureSourcePackages(decl: SourcePackagesDecl | undefined): void {
  files = new Map();
  children = new Map();
  const modules = decl?.modules ?? [];
  for (const module of modules) files.set(pathOf(module.name), { name: module.name, source: module.source, file: module.file });
  for (const module of modules) {
    const parts = module.name.split('.');
    for (let i = 1; i < parts.length; i++) {
      const name = parts.slice(0, i).join('.');
      if (!files.has(pathOf(name))) files.set(pathOf(name), { name, source: '', file: undefined });
    }
  }
  for (const { name } of files.values()) {
    const dot = name.lastIndexOf('.');
    if (dot < 0) continue;
    const parent = name.slice(0, dot);
    const list = children.get(parent) ?? [];
    list.push(name.slice(dot + 1));
    children.set(parent, list);
  }
  topLevel = [...new Set([...files.values()].map((f) => f.name.split('.')[0] as string))];
  bindTopLevel = decl?.bindTopLevel ?? false;
}

export function isSourcePackage(topName: string): boolean {
  return topLevel.includes(topName);
}

/** Skulpt's read hook for paths under ps-packages/: the source, or undefined (not found). */
export function readSourcePackageFile(path: string): string | undefined {
  const found = files.get(path);
  if (found === undefined) return undefined;
  if (found.file !== undefined) registerDisplayFile(path, found.file, found.source);
  return found.source;
}

/** Per run (after sys.modules and builtins are fresh): the search path entry, lazy builtins, lazy children. */
export function installSourcePackages(): void {
  swept = new Set();
  if (files.size === 0) return;
  Sk.realsyspath.v.push(new Sk.builtin.str(ROOT));
  if (!bindTopLevel) return;
  for (const name of topLevel) {
    if (Object.hasOwn(Sk.builtins, name)) continue;
    Object.defineProperty(Sk.builtins, name, {
      get() {
        const module = load(name);
        Object.defineProperty(Sk.builtins, name, { value: module, writable: true, enumerable: true, configurable: true });
        return module;
      },
      set(value: PyObject) { Object.defineProperty(Sk.builtins, name, { value, writable: true, enumerable: true, configurable: true }); },
      enumerable: true,
      configurable: true,
    });
  }
}

/** After an import of one of these packages: gives every loaded package lazy attributes for its children. */
export function afterSourcePackageImport(topName: string): void {
  if (isSourcePackage(topName)) sweep();
}

function loaded(name: string): PyObject | undefined {
  return Sk.sysmodules.quick$lookup(new Sk.builtin.str(name));
}

/** Imports a module by its full name and returns it (not its top-level package). */
function load(name: string): PyObject {
  let module = loaded(name);
  if (module === undefined) {
    const saved = Sk.globals;
    try {
      Sk.importModule(name, false, false);
    } finally {
      Sk.globals = saved;
    }
    module = loaded(name);
    if (module === undefined) throw new Sk.builtin.ImportError(`No module named ${name}`);
  }
  sweep();
  return module;
}

function sweep(): void {
  for (const [parent, names] of children) {
    if (swept.has(parent)) continue;
    const module = loaded(parent);
    // Skulpt lists a module in sys.modules before it gives it its namespace: wait for that.
    if (!(module instanceof Sk.builtin.module) || module.$d?.['__name__'] === undefined) continue;
    swept.add(parent);
    const d = module.$d;
    for (const child of names) {
      const key = new Sk.builtin.str(child).$mangled as string;
      if (Object.hasOwn(d, key)) continue;
      Object.defineProperty(d, key, {
        get() {
          const value = load(`${parent}.${child}`);
          Object.defineProperty(d, key, { value, writable: true, enumerable: true, configurable: true });
          return value;
        },
        set(value: PyObject) { Object.defineProperty(d, key, { value, writable: true, enumerable: true, configurable: true }); },
        enumerable: false,
        configurable: true,
      });
    }
  }
}
