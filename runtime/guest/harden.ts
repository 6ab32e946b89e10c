import { clearSoftspace } from './py2/print-statement.js';
import { afterSourcePackageImport, readSourcePackageFile } from './source-packages.js';
import { getUnicodeType, isUnicode } from './py2/unicode.js';
import { extendSys, makeImportBuiltin } from './sys-extras.js';
import { guestPackage } from './modules/extensions.js';
import { sourceText } from './library-sources.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/** Writes one string to a stream; `bytes` when it is a Python 2 str (see py2/output-bytes.ts). */
type StreamWrite = (text: string, bytes: boolean) => void;

/**
 * Closes every way out of Python that stock Skulpt leaves open: builtins that reach JavaScript or the host,
 * file access, module loading beyond an allowlist, and the sys functions that switch limits off.
 */

/** Builtins removed outright. `open`/`file` are replaced by a stub that raises IOError. */
const REMOVED_BUILTINS = [
  'jseval', 'jsmillis', 'input', 'raw_input', 'execfile', 'reload', 'eval_$rw$', '__import__',
  'buffer', 'memoryview', 'help',
];

/** Pure modules a script may import (top-level names). Everything else raises ImportError. */
export const ALLOWED_MODULES: ReadonlySet<string> = new Set([
  '__future__', 'math', 're', 'string', 'json', 'datetime', 'time', 'collections', 'itertools', 'random',
  'operator', 'copy', 'StringIO', 'bisect', 'heapq', 'textwrap', 'keyword', 'types', 'functools', 'sys',
  'numbers', 'abc', '_abcoll', 'UserDict', 'UserList', 'UserString',
  // JS helpers of the modules in runtime/guest/modules (pure computation, nothing of the host).
  '_psre', '_itertools', '_collections', '_strptime', '_operator',
  // Written for the sandbox (runtime/guest/modules/stdlib.ts), and their JS helpers.
  'traceback', 'linecache', 'contextlib', 'cStringIO', '_pstraceback',
  'hashlib', 'md5', 'sha', 'hmac', 'binascii', 'zlib', 'base64', '_pshash', '_psbinascii', '_pszlib',
  '_psrandom',
  'logging', 'csv', 'pprint', 'uuid', 'struct', '_psstruct', 'io', 'calendar',
  'urlparse', 'urllib', 'codecs',
  'colorsys', 'future_builtins', 'exceptions', 'errno', 'os', 'posixpath', 'fnmatch', 'sets', 'Queue',
  'fractions', 'decimal', 'shlex', 'ConfigParser', 'difflib', 'array', 'token',
  'xml', 'HTMLParser', 'htmlentitydefs', '_psxml', // XML and HTML (runtime/guest/modules/xml-modules.ts)
  // runtime/guest/modules/{cmath,weakref,warnings,locale,unicodedata}.py
  'cmath', '_pscmath', 'weakref', 'warnings', '_pswarnings', 'locale', 'unicodedata', '_psunicodedata',
  '_unicodedata_db', // the tables of runtime/guest/modules/unicodedata.py (generated)
  // The configured machine (time zone, host name, locale) and Intl time-zone arithmetic.
  '_psenv',
  'inspect', 'tokenize', // runtime/guest/modules/{inspect,tokenize}.py
  '__main__', // the script's own module (import __main__, inspect.getmodule)
]);

/** A top-level module a script may import: the allowlist above, or a package registered by the guest bundle. */
function isAllowedModule(top: string): boolean {
  return ALLOWED_MODULES.has(top) || guestPackage(top) !== undefined;
}

/**
 * Skulpt keeps its internals on objects under names with a `$` (tp$name, $r, $d...). No Python identifier
 * contains one, so the attribute builtins refuse such names instead of handing out raw JS values. Every other
 * path (object.__getattribute__, operator.attrgetter, type.__setattr__...) is closed in Skulpt itself: such names
 * never alias an internal (runtime/skulpt/patches/0008-str-dollar-attribute-names.patch).
 */
function guardAttributeBuiltins(): void {
  const check = (name: PyObject): void => {
    if (name instanceof Sk.builtin.str && name.v.includes('$')) {
      throw new Sk.builtin.AttributeError(`attribute name '${name.v}' is not available in the sandbox`);
    }
  };
  const wrap = (builtinName: string, original: (...args: PyObject[]) => PyObject) => {
    const fn = new Sk.builtin.func(function (obj: PyObject, name: PyObject, extra?: PyObject) {
      check(name);
      return extra === undefined ? original(obj, name) : original(obj, name, extra);
    });
    fn.$name = builtinName;
    Sk.builtins[builtinName] = fn;
  };
  wrap('getattr', Sk.builtin.getattr);
  wrap('setattr', Sk.builtin.setattr);
  wrap('hasattr', Sk.builtin.hasattr);
  wrap('delattr', Sk.builtin.delattr);
}

export function removeUnsafeBuiltins(): void {
  guardAttributeBuiltins();
  for (const name of REMOVED_BUILTINS) delete Sk.builtins[name];
  const refuse = new Sk.builtin.func(function (this: PyObject, path: PyObject) {
    const name = path instanceof Sk.builtin.str ? path.v : '?';
    throw new Sk.builtin.IOError(`[Errno 13] Permission denied: '${name}' (file access is not available in the sandbox)`);
  });
  Sk.builtins['open'] = refuse;
  Sk.builtins['file'] = refuse;
  Sk.builtins['unicode'] = getUnicodeType();
  Sk.builtins['__import__'] = makeImportBuiltin();
  const exit = new Sk.builtin.func(function (code?: PyObject) {
    throw new Sk.builtin.SystemExit(code ?? Sk.builtin.none.none$);
  });
  Sk.builtins['exit'] = exit;
  Sk.builtins['quit'] = exit;
}

/** Serves module source only from the bundled library, and only for allowed modules. */
export function readAllowedFile(path: string): string {
  const packaged = readSourcePackageFile(path);
  if (packaged !== undefined) return packaged;
  const files: Record<string, string> = Sk.builtinFiles?.files ?? {};
  const match = /^src\/(?:lib|builtin)\/([A-Za-z_][\w]*)/.exec(path);
  if (match?.[1] !== undefined && isAllowedModule(match[1]) && Object.hasOwn(files, path)) {
    return sourceText(files[path] as string);
  }
  throw new Sk.builtin.IOError(`File not found: '${path}'`);
}

/** Every import statement goes through Sk.builtin.__import__: check the top-level name first. */
export function installImportAllowlist(isHostModule: (name: string) => boolean): void {
  const original = Sk.builtin.__import__;
  Sk.builtin.__import__ = function (name: string | PyObject, ...rest: [globals?: unknown, locals?: unknown, fromlist?: unknown, level?: number]) {
    const full = typeof name === 'string' ? name : String((name as { v?: unknown } | undefined)?.v ?? '');
    const top = full.split('.')[0] ?? '';
    if (!isAllowedModule(top) && !isHostModule(top)) {
      throw new Sk.builtin.ImportError(`No module named ${full} (module '${top}' is not available in the sandbox)`);
    }
    // The import may suspend (chain handles both): the lazy attributes are added once it is done.
    return Sk.misceval.chain(original.call(this, name, ...rest), (module: PyObject) => {
      afterSourcePackageImport(top);
      return module;
    });
  };
}

/** A stream object for sys.stdout / sys.stderr: write(), writelines(), flush(). */
function makeStream(name: string, write: StreamWrite): PyObject {
  const writeObject = (obj: PyObject): void => {
    const text = obj instanceof Sk.builtin.str ? obj : new Sk.builtin.str(obj);
    write(text.v, !isUnicode(text));
  };
  const type = Sk.abstr.buildNativeClass('file', {
    constructor: function file() {},
    slots: {
      tp$getattr: Sk.generic.getAttr,
      $r() { return new Sk.builtin.str(`<open file '<${name}>', mode 'w'>`); },
    },
    methods: {
      write: {
        $meth(this: PyObject, text: PyObject) {
          clearSoftspace(this);
          writeObject(text);
          return Sk.builtin.none.none$;
        },
        $flags: { OneArg: true },
      },
      writelines: {
        $meth(lines: PyObject) {
          for (const line of Sk.misceval.arrayFromIterable(lines) as PyObject[]) writeObject(line);
          return Sk.builtin.none.none$;
        },
        $flags: { OneArg: true },
      },
      flush: { $meth() { return Sk.builtin.none.none$; }, $flags: { NoArgs: true } },
    },
  });
  return new type();
}

const SYS_REMOVED = [
  'getExecutionLimit', 'setExecutionLimit', 'resetTimeout', 'getYieldLimit', 'setYieldLimit', 'debug',
  '__stdin__', 'stdin',
];

/** Imports sys once per session and makes it safe and Jython-like. */
export function prepareSys(stdout: StreamWrite, stderr: StreamWrite, argv: readonly string[]): void {
  const sys = Sk.importModule('sys', false, false);
  const d = sys.$d;
  for (const name of SYS_REMOVED) delete d[name];
  d.maxint = new Sk.builtin.int_(2147483647);
  d.maxsize = new Sk.builtin.int_(2147483647);
  d.modules = new Sk.builtin.dict([]);
  d.path = new Sk.builtin.list([]);
  d.argv = new Sk.builtin.list(argv.map((arg) => new Sk.builtin.str(arg)));
  d.platform = new Sk.builtin.str('java1.8.0');
  d.version = new Sk.builtin.str('2.7.3 (perspective-sandbox, Skulpt)');
  d.exit = new Sk.builtin.func(function (code?: PyObject) {
    throw new Sk.builtin.SystemExit(code ?? Sk.builtin.none.none$);
  });
  extendSys(d);
  d.stdout = d.__stdout__ = makeStream('stdout', stdout);
  d.stderr = d.__stderr__ = makeStream('stderr', stderr);
}
