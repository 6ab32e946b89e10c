import type { CapturedValue, ExecOutcome, ExecRequest, GuestConfig } from '../wire.js';
import { captureHook, capturedLastValue, displayHook, execSource, writeStderr, writeStdout } from './exec.js';
import { toPy, type Json } from './convert.js';
import { toPlain, Unconvertible } from './values-out.js';
import { installExceptions } from './exceptions.js';
import { clearCurrentException, installExcInfoTracking } from './exc-info.js';
import { installHostFunctionType } from './host-function.js';
import { installImportAllowlist, prepareSys, readAllowedFile, removeUnsafeBuiltins } from './harden.js';
import { installAllocationGuards, installRecursionLimit, installTimeCheck, setLimits, startRun } from './limits.js';
import { buildModule } from './modules.js';
import { configureSourcePackages, installSourcePackages, isSourcePackage } from './source-packages.js';
import { checkPy2Fixes, installPy2Fixes } from './py2/index.js';
import { installCorners } from './corners/index.js';
import { installTimeModuleFixes } from './py2/time-sleep.js';
import { installUnicode } from './py2/unicode.js';
import { installClassImports } from './class-imports.js';
import { setEnvironment } from './environment.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;
/** Skulpt's library (the modules the allowlist admits), as markers of its texts in dist/python (see build.mjs). */
declare const __PS_SKULPT_LIBRARY__: Record<string, string>;

let config: GuestConfig;
let pristineBuiltins: Record<string, PyObject> = {};
let globals: Record<string, PyObject> = {};

/**
 * Everything that does not depend on the host's configuration: Skulpt configured for Python 2, the sandbox's
 * limits and fixes installed, unsafe builtins removed. Runs when the guest bundle is evaluated, so a sandbox
 * process does it while the host is still starting up.
 */
function prepare(): void {
  Sk.builtinFiles = { files: { ...__PS_SKULPT_LIBRARY__ } };
  Sk.configure({
    output: writeStdout,
    read: readAllowedFile,
    __future__: Sk.python2,
    yieldLimit: null,
    retainGlobals: false,
  });
  installTimeCheck();
  installUnicode();
  installExceptions();
  installExcInfoTracking();
  installHostFunctionType();
  installRecursionLimit();
  installAllocationGuards();
  removeUnsafeBuiltins();
  installPy2Fixes();
  installCorners();
  installImportAllowlist((name) => config.modules.some((m) => m.name === name) || isSourcePackage(name));
  installClassImports();
  installTimeModuleFixes();
  Sk.builtins['__ps_display__'] = new Sk.builtin.func(displayHook);
  Sk.builtins['__ps_capture__'] = new Sk.builtin.func(captureHook);
  pristineBuiltins = { ...Sk.builtins };
}

prepare();

/** The host's configuration: limits and host modules. Once per isolate, before anything runs. */
export function init(next: GuestConfig): void {
  config = next;
  setLimits(config.limits);
  setEnvironment(config.environment);
  configureSourcePackages(config.sourcePackages);
  reset();
}

/**
 * The boot canaries of the Python 2 fixes (py2/canaries.ts): throws, naming the fix, if one did not take effect,
 * and leaves fresh state behind. A build's guest behaves the same at every start, so the sandbox process runs
 * them at the first start of a build (when it has no code cache for it yet, or runs without one) rather than at
 * every start.
 */
export function checkFixes(): void {
  startRun();
  checkPy2Fixes();
  reset();
}

/** Fresh globals, builtins, sys.modules and host modules. */
function reset(): void {
  Sk.builtins = { ...pristineBuiltins };
  Sk.sysmodules = new Sk.builtin.dict([]);
  Sk.realsyspath = new Sk.builtin.list([new Sk.builtin.str('src/builtin'), new Sk.builtin.str('src/lib')]);
  prepareSys(writeStdout, writeStderr, config.argv ?? ['']);
  for (const decl of config.modules) {
    const module = buildModule(decl, { strings: config.strings }, Sk.sysmodules);
    if (config.builtinModules.includes(decl.name)) Sk.builtins[decl.name] = module;
  }
  installSourcePackages();
  globals = {
    __name__: new Sk.builtin.str('__main__'),
    __doc__: Sk.builtin.none.none$,
    __package__: Sk.builtin.none.none$,
  };
  // The script's module: `import __main__` and inspect.getmodule find the script's globals, as in Jython.
  const main = new Sk.builtin.module();
  main.$d = globals;
  Sk.sysmodules.mp$ass_subscript(new Sk.builtin.str('__main__'), main);
}

/**
 * Runs a request against the session's globals: binds the request's globals first (converted as host call
 * results are), and sends back the value it asks for when the run ended normally.
 */
export function exec(request: ExecRequest): ExecOutcome {
  globals['__file__'] = new Sk.builtin.str(request.filename);
  clearCurrentException();
  // Keys of the globals are mangled as the compiler mangles names (`name` is `name$`).
  for (const [name, value] of Object.entries(request.globals ?? {})) globals[Sk.fixReserved(name)] = toPy(value as Json, { strings: config.strings });
  const capture = request.capture;
  const outcome = execSource(request.source, request.filename, request.mode, globals, {
    timeoutMs: request.timeoutMs, captureLast: capture?.kind === 'last', compiled: request.compiled, reportCompiled: request.reportCompiled,
  });
  if (capture === undefined || outcome.status !== 'ok') return outcome;
  const value = capture.kind === 'last' ? capturedLastValue() : Object.hasOwn(globals, Sk.fixReserved(capture.name)) ? globals[Sk.fixReserved(capture.name)] : undefined;
  return { ...outcome, value: plainValue(value, capture.kind === 'last' ? 'the value' : capture.name) };
}

function plainValue(value: PyObject | undefined, where: string): CapturedValue {
  if (value === undefined) return { kind: 'none' };
  try {
    return { kind: 'value', json: toPlain(value, where) };
  } catch (err) {
    return { kind: 'unconvertible', message: err instanceof Unconvertible ? err.message : `${where} could not be converted (${String(err)})` };
  }
}

export function currentGlobals(): Record<string, PyObject> {
  return globals;
}
