import type { z } from 'zod';
import { RaiseInPython, pyTypeName, type GuestServed, type HostCallContext, type HostFunction, type HostModule, type PyValue } from '../runtime/index.js';

/** One parameter of a declared function: its zod schema, its default, and how a TypeError describes it. */
export interface ParamDef<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  /** Omit for a required parameter. */
  readonly default?: PyValue;
  /** What the parameter accepts, for the TypeError message: e.g. "a string or None". */
  readonly expected: string;
}

type Args<P extends Record<string, ParamDef>> = { [K in keyof P]: z.output<P[K]['schema']> };

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

export function defineModule(doc: string, members: HostModule['members']): HostModule {
  return { kind: 'module', doc, members };
}
