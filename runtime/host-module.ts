import type { PyValue } from './py-values.js';
import type { HostFunctionDecl, ModuleDecl } from './wire.js';

/**
 * Host modules, declared as plain objects (in the spirit of Pyodide's registerJsModule).
 * The guest sees each HostFunction as a Python built-in function with the declared signature; arguments are
 * bound in Python (positional, keyword, *args, **kwargs, CPython-style TypeErrors), then `call` runs on the host.
 */
export interface HostCallContext {
  readonly signal: AbortSignal;
}

export interface HostParam {
  readonly name: string;
  /** The default value; a parameter without one is required. */
  readonly default?: PyValue;
}

export interface HostFunction {
  readonly kind: 'function';
  readonly params: readonly HostParam[];
  /** Shown by help(): the signature line is generated, this is the text below it. */
  readonly doc?: string;
  /**
   * Receives the bound arguments by name. May return a Promise. Throw RaiseInPython to raise in Python.
   * `context.signal` is aborted when the run that made the call ends (finished, stopped at a limit, interrupted):
   * work still going on for it (a database statement) should stop.
   */
  call(args: Readonly<Record<string, unknown>>, context?: HostCallContext): PyValue | undefined | Promise<PyValue | undefined>;
  /**
   * Optional: checks the bound arguments without running the call (throw RaiseInPython to raise). Calls answered
   * from `guestServed.current()` run it first, so they raise what `call` would.
   */
  check?(args: Readonly<Record<string, unknown>>): void;
  /** Optional: calls are answered inside the sandbox by guest-side code, from a copy of a value (see GuestServed). */
  readonly guestServed?: GuestServed;
}

/**
 * A host function that guest-side code answers inside the sandbox, from a copy of a value the host rarely
 * changes (a cache, a fixture): the value crosses into the sandbox once per version instead of a result per call.
 * The implementation is TypeScript bundled into the guest (build.mjs lists the files) that registers itself with
 * `registerGuestServed(name, ...)` (runtime/guest/guest-served.ts). At each call it may ask the host for the
 * current value (one small round trip that names the version it holds; the value comes back only when that
 * is stale) or let the host answer with `call`. It must give exactly the result `call` would: what to copy,
 * when, and how to answer from it is the business of the module that declares the function.
 */
export interface GuestServed {
  /** The name the guest-side implementation registered under. */
  readonly implementation: string;
  /** JSON the implementation reads at every call (e.g. which columns a result shows); sent once per sandbox. */
  readonly settings: unknown;
  /** The current value, or undefined to answer this call with `call` instead. Called per call that asks: keep it cheap. */
  current(): VersionedValue | undefined;
}

export interface VersionedValue {
  /** Must change whenever `value` changes; the same version must always mean the same value. */
  readonly version: number;
  /** JSON, sent only when the guest holds no copy of this version. */
  readonly value: unknown;
  /** JSON sent with every answer: what changes between calls without a new version (e.g. the host's clock). */
  readonly fresh?: unknown;
}

export interface HostModule {
  readonly kind: 'module';
  readonly doc?: string;
  readonly members: Readonly<Record<string, HostFunction | HostModule | GuestModuleRef>>;
  /**
   * Members written in Python: `source` runs inside the sandbox, in globals holding `constants`, the first time
   * one of `exports` is read; those names then become members of the module. For members that work on Python
   * objects themselves (a dict that persists for the run, an object with methods).
   */
  readonly python?: PythonPart;
  /**
   * Names that exist in the real API but not here: reading one raises NotImplementedError with `unavailableMessage`
   * (`{name}` is the dotted path), so a script learns at once that the function is missing rather than misspelt.
   */
  readonly unavailable?: readonly string[];
  readonly unavailableMessage?: string;
}

export interface PythonPart {
  readonly source: string;
  /** The file name tracebacks show for it. */
  readonly filename: string;
  /** Member name → the name the source defines it under (`{ print: '_print' }`: `print` is a keyword in Python 2). */
  readonly exports: Readonly<Record<string, string>>;
  /** JSON values bound as globals of the source before it runs. */
  readonly constants?: Readonly<Record<string, PyValue>>;
}

/**
 * A member implemented inside the sandbox by a Python module of the guest bundle (registered with
 * registerGuestPackage, runtime/guest/modules/extensions.ts): pure computation, no host call. It is imported
 * on first use, so a script that never touches it does not pay for compiling it.
 */
export interface GuestModuleRef {
  readonly kind: 'guest';
  /** The guest module's import name, e.g. '_system_date'. */
  readonly module: string;
}

/** Raise a Python exception of the given built-in type from a host function. */
export class RaiseInPython extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
    this.name = 'RaiseInPython';
  }
}

export function declareModule(name: string, module: HostModule): ModuleDecl {
  const functions: HostFunctionDecl[] = [];
  const submodules: ModuleDecl[] = [];
  const guestModules: Array<{ name: string; module: string }> = [];
  for (const [memberName, member] of Object.entries(module.members)) {
    if (member.kind === 'guest') guestModules.push({ name: memberName, module: member.module });
    else if (member.kind === 'function') {
      const served = member.guestServed;
      const guestServed = served === undefined ? {} : { guestServed: { implementation: served.implementation, settings: served.settings } };
      functions.push({ name: memberName, params: member.params, doc: member.doc ?? '', ...guestServed });
    }
    else submodules.push(declareModule(`${name}.${memberName}`, member));
  }
  const python = module.python === undefined ? undefined : { ...module.python, constants: module.python.constants ?? {} };
  return {
    name, doc: module.doc ?? '', functions, submodules,
    ...(guestModules.length > 0 ? { guestModules } : {}),
    ...(python ? { python } : {}),
    ...(module.unavailable?.length ? { unavailable: module.unavailable, unavailableMessage: module.unavailableMessage ?? '{name} is not available' } : {}),
  };
}

/** Finds the function at a dotted path such as "system.perspective.getSessionInfo". */
export function findHostFunction(modules: Readonly<Record<string, HostModule>>, path: string): HostFunction | undefined {
  const [root, ...rest] = path.split('.');
  let current: HostFunction | HostModule | GuestModuleRef | undefined = root === undefined ? undefined : modules[root];
  for (const part of rest) {
    if (current === undefined || current.kind !== 'module' || !Object.hasOwn(current.members, part)) return undefined;
    current = current.members[part];
  }
  return current?.kind === 'function' ? current : undefined;
}
