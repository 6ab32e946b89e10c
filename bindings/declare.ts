import { RaiseInPython, type GuestServed, type HostCallContext, type HostFunction, type HostModule } from '../runtime/host-module.js';
import { pyTypeName, type PyValue } from '../runtime/py-values.js';

/**
 * What checks a parameter: anything with zod's `safeParse` (a zod 3 or 4 schema, or your own), giving the value
 * the function receives.
 */
export interface ParamSchema<T = unknown> {
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false };
}

/** One parameter of a declared function: its schema (e.g. zod), its default, and how a TypeError describes it. */
export interface ParamDef<S extends ParamSchema = ParamSchema> {
  readonly schema: S;
  /** Omit for a required parameter. */
  readonly default?: PyValue;
  /** What the parameter accepts, for the TypeError message: e.g. "a string or None". */
  readonly expected: string;
}

/** The arguments a declared function's implementation receives, by name, as its schemas give them. */
export type Args<P extends Record<string, ParamDef>> = { [K in keyof P]: P[K]['schema'] extends ParamSchema<infer T> ? T : never };

/** A Python function implemented in TypeScript (see defineFunction). */
export interface FunctionDef<P extends Record<string, ParamDef>> {
  readonly name: string;
  readonly doc: string;
  /** Parameters in positional order. */
  readonly params: P;
  /** `context.signal` is aborted when the run that made the call ends (see HostFunction.call). */
  readonly impl: (args: Args<P>, context: HostCallContext) => PyValue | undefined | Promise<PyValue | undefined>;
  /**
   * Optional: calls are answered inside the sandbox by guest-side code (see GuestServed in runtime/host-module.ts);
   * `impl` serves the calls it passes to the host. Both must give the same result.
   */
  readonly guestServed?: GuestServed;
}

/**
 * Declares a Python function implemented in TypeScript. Python binds the arguments by the declared
 * signature; each argument is then checked with its zod schema, and a mismatch raises
 * `TypeError: name() argument 'param' must be <expected>, not <type>`.
 */
export function defineFunction<P extends Record<string, ParamDef>>(def: FunctionDef<P>): HostFunction {
  const entries = Object.entries(def.params);
  const parse = (raw: Readonly<Record<string, unknown>>): Args<P> => {
    const args: Record<string, unknown> = {};
    for (const [name, param] of entries) {
      const parsed = param.schema.safeParse(raw[name]);
      if (!parsed.success) {
        throw new RaiseInPython('TypeError', `${def.name}() argument '${name}' must be ${param.expected}, not ${pyTypeName(raw[name])}`);
      }
      args[name] = parsed.data;
    }
    return args as Args<P>;
  };
  return {
    kind: 'function',
    doc: def.doc,
    params: entries.map(([name, param]) => (param.default === undefined ? { name } : { name, default: param.default })),
    call: (raw, context) => def.impl(parse(raw), context ?? { signal: new AbortController().signal }),
    check: (raw) => { parse(raw); },
    ...(def.guestServed ? { guestServed: def.guestServed } : {}),
  };
}

/** A host module of the given members (functions and submodules), for `InterpreterOptions.modules`. */
export function defineModule(doc: string, members: HostModule['members']): HostModule {
  return { kind: 'module', doc, members };
}
