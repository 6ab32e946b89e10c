import { regexEngineModule } from './regex-engine.js';
import jsonSource from './json.py';
import reSource from './re.py';
import stringSource from './string.py';
import itertoolsSource from './itertools.py';
import functoolsSource from './functools.py';
import collectionsSource from './collections.py';
import futureSource from './__future__.py';
import strptimeSource from './_strptime.py';
import operatorSource from './operator.py';
import { STDLIB_NATIVE, STDLIB_PYTHON } from './stdlib.js';
import { sealGuestPackages } from './extensions.js';
import type { PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Stdlib modules the sandbox provides in place of Skulpt's stubs or partial versions. Python modules are
 * served as source from Sk.builtinFiles (through harden.ts readAllowedFile, so the import allowlist applies);
 * JS helper modules are served as a one-line `$builtinmodule` that calls into this bundle.
 */
const PYTHON_MODULES: Record<string, string> = {
  re: reSource,
  json: jsonSource,
  string: stringSource,
  itertools: itertoolsSource,
  functools: functoolsSource,
  collections: collectionsSource,
  __future__: futureSource,
  _strptime: strptimeSource,
  operator: operatorSource,
  ...STDLIB_PYTHON,
};

const RENAMED_NATIVE: Record<string, string> = {
  'src/lib/itertools.js': 'src/lib/_itertools.js',
  'src/lib/collections.js': 'src/lib/_collections.js',
  'src/lib/operator.js': 'src/lib/_operator.js',
};


const NATIVE_MODULES: Record<string, () => Record<string, PyObject>> = {
  _psre: regexEngineModule,
  ...STDLIB_NATIVE,
};

export function installProvidedModules(): void {
  const files: Record<string, string> = Sk.builtinFiles.files;
  // Skulpt's native modules that a provided module builds on, under a private name.
  for (const [from, to] of Object.entries(RENAMED_NATIVE)) {
    if (files[to] === undefined && files[from] !== undefined) files[to] = files[from] as string;
  }
  for (const [name, source] of Object.entries(PYTHON_MODULES)) {
    // A package's __init__ also replaces a Skulpt module of the package's name (Skulpt's src/lib/os.py stub).
    const pkg = name.endsWith('/__init__') ? name.slice(0, -'/__init__'.length) : name;
    for (const stale of [`src/lib/${name}.js`, `src/lib/${name}.py`, `src/lib/${pkg}.js`, `src/lib/${pkg}.py`, `src/lib/${name}/__init__.py`, `src/lib/${name}/__init__.js`]) {
      delete files[stale];
    }
    files[`src/lib/${name}.py`] = source;
  }
  for (const pkg of sealGuestPackages()) {
    for (const [path, source] of Object.entries(pkg.files)) files[`src/lib/${path}.py`] = source;
  }
  const native: Record<string, () => Record<string, PyObject>> = {};
  for (const [name, build] of Object.entries(NATIVE_MODULES)) {
    native[name] = build;
    files[`src/lib/${name}.js`] = `var $builtinmodule = Sk.ps$nativeModules[${JSON.stringify(name)}];`;
  }
  Sk.ps$nativeModules = native;
}
