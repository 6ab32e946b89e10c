import type { PyValue } from './py-values.js';
import type { HostFunctionDecl, HostTableDecl, ModuleDecl } from './wire.js';

/**
 * Host modules, declared as plain objects (in the spirit of Pyodide's registerJsModule).
 * The guest sees each HostFunction as a Python built-in function with the declared signature; arguments are
 * bound in Python (positional, keyword, *args, **kwargs, CPython-style TypeErrors), then `call` runs on the host.
 */
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
  /** Receives the bound arguments by name. May return a Promise. Throw RaiseInPython to raise in Python. */
  call(args: Readonly<Record<string, unknown>>): PyValue | undefined | Promise<PyValue | undefined>;
  /**
   * Optional: checks the bound arguments without running the call (throw RaiseInPython to raise). Table calls
   * (see `table`) run it before answering from the guest's copy of the table.
   */
  check?(args: Readonly<Record<string, unknown>>): void;
  /** Optional: answer calls from a table of rows held inside the sandbox (see HostTable). */
  readonly table?: HostTable;
}

/**
 * A host function whose result is a filtered list of rows from a table that changes rarely (a fixture,
 * a cache). The rows are sent into the sandbox once, parsed once there, and sent again only when
 * `snapshot().version` changes; each call then filters (with indexes built inside the sandbox) and wraps rows
 * in lazy mapping objects there, without serialising anything per call. Each call still asks the host for
 * the current version (one small round trip), so the guest never serves stale rows.
 *
 * The Python result is a list with one mapping of type `rowType` per row that matches every filter,
 * in table order, showing `columns` in that order, exactly as if `call` had returned
 * `rows.map((row) => pyMapping(rowType, pick(row, columns)))` (with elapsed columns computed as described below).
 */
export interface HostTable {
  /** The Python type name of each row's mapping object. */
  readonly rowType: string;
  /** The keys each row shows, in order. Other fields of a row stay hidden (e.g. timestamps for `elapsed`). */
  readonly columns: readonly string[];
  /** Parameter name → column: a non-None argument keeps the rows whose column equals it exactly. */
  readonly filters: Readonly<Record<string, string>>;
  /**
   * Column → hidden timestamp field (ms since the epoch): in a row that has the timestamp, the column shows
   * `max(0, now - timestamp)`, with `now` the snapshot's clock at that call. Rows without it show the stored value.
   */
  readonly elapsed?: Readonly<Record<string, string>>;
  /** The current table, or undefined to answer this call with `call` instead (the per-call path). Called per call: keep it cheap. */
  snapshot(): HostTableSnapshot | undefined;
}

export interface HostTableSnapshot {
  /** Must change whenever `rows` change; the same version must always mean the same rows. */
  readonly version: number;
  /** The clock (ms since the epoch) `elapsed` columns are computed against. Default: Date.now(). */
  readonly now?: number;
  readonly rows: ReadonlyArray<Readonly<Record<string, PyValue | undefined>>>;
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
      const table = member.table === undefined ? undefined : declareTable(member.table, member.params);
      functions.push({ name: memberName, params: member.params, doc: member.doc ?? '', ...(table ? { table } : {}) });
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

function declareTable(table: HostTable, params: readonly HostParam[]): HostTableDecl {
  const filters = Object.entries(table.filters).map(([param, column]): readonly [number, string] => {
    const index = params.findIndex((p) => p.name === param);
    if (index < 0) throw new Error(`table filter names an unknown parameter '${param}'`);
    return [index, column];
  });
  return { rowType: table.rowType, columns: [...table.columns], filters, elapsed: { ...table.elapsed } };
}
