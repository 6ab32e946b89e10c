import type { PyValue } from './py-values.js';

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
  /** Receives the bound arguments by name. May return a Promise. Throw PythonError to raise in Python. */
  call(args: Readonly<Record<string, unknown>>): PyValue | undefined | Promise<PyValue | undefined>;
}

export interface HostModule {
  readonly kind: 'module';
  readonly doc?: string;
  readonly members: Readonly<Record<string, HostFunction | HostModule>>;
}

/** Raise a Python exception of the given built-in type from a host function. */
export class PythonError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
    this.name = 'PythonError';
  }
}

/** The serialisable part of a module tree, sent into the sandbox. */
export interface ModuleDecl {
  readonly name: string;
  readonly doc: string;
  readonly functions: ReadonlyArray<{ name: string; params: readonly HostParam[]; doc: string }>;
  readonly submodules: readonly ModuleDecl[];
}

export function declareModule(name: string, module: HostModule): ModuleDecl {
  const functions: ModuleDecl['functions'][number][] = [];
  const submodules: ModuleDecl[] = [];
  for (const [memberName, member] of Object.entries(module.members)) {
    if (member.kind === 'function') functions.push({ name: memberName, params: member.params, doc: member.doc ?? '' });
    else submodules.push(declareModule(`${name}.${memberName}`, member));
  }
  return { name, doc: module.doc ?? '', functions, submodules };
}

/** Finds the function at a dotted path such as "system.perspective.getSessionInfo". */
export function findHostFunction(modules: Readonly<Record<string, HostModule>>, path: string): HostFunction | undefined {
  const [root, ...rest] = path.split('.');
  let current: HostFunction | HostModule | undefined = root === undefined ? undefined : modules[root];
  for (const part of rest) {
    if (current === undefined || current.kind !== 'module' || !Object.hasOwn(current.members, part)) return undefined;
    current = current.members[part];
  }
  return current?.kind === 'function' ? current : undefined;
}
