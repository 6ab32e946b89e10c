import type { CurrentValueReply, GuestServedDecl } from '../wire.js';
import type { Json, ToPyOptions } from './convert.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Host functions answered by guest-side code (see GuestServed in runtime/host-module.ts). The runtime only
 * carries the value: it keeps one copy per function, of the version the host last sent, and hands it to the
 * implementation the declaring module registered. What the value means, and when a call should copy it rather
 * than ask the host for its result, is the implementation's business.
 */

/** The guest's copy of a host value. The same object for as long as the version holds, so implementations may key derived data (indexes) on it. */
export interface HostValueCopy {
  readonly version: number;
  readonly value: unknown;
}

export interface GuestServedCall {
  /** The bound arguments as JSON, in parameter order, defaults applied. */
  readonly args: readonly Json[];
  /** The declaring module's settings (GuestServed.settings), as it sent them. */
  readonly settings: unknown;
  /** How host values become Python values in this sandbox. */
  readonly options: ToPyOptions;
  /** The copy held before this call, if any. */
  readonly held: HostValueCopy | undefined;
  /** The host function's own result for these arguments: one host call, nothing copied. */
  callHost(): PyObject;
  /**
   * Asks the host for its current value: the copy (refreshed first when it is stale) with the host's per-call
   * `fresh` data, or the host function's own result when the host has no current value.
   */
  current(): { readonly copy: HostValueCopy; readonly fresh: unknown } | { readonly result: PyObject };
}

export type GuestServedImplementation = (call: GuestServedCall) => PyObject;

/** What a host call returns once errors and stops are raised: the reply's JSON. */
export type HostAsk = (body: Json) => Partial<CurrentValueReply> & { readonly ok?: Json };

const implementations = new Map<string, GuestServedImplementation>();

/** Copies by host function path. They outlive the guest's reset(): they hold host data only, never Python objects. */
const copies = new Map<string, HostValueCopy>();

/** Registers a guest-side implementation (at bundle evaluation, before the host's configuration arrives). */
export function registerGuestServed(name: string, implementation: GuestServedImplementation): void {
  if (implementations.has(name)) throw new Error(`guest-served implementation '${name}' registered twice`);
  implementations.set(name, implementation);
}

/** The registered implementation of a declaration; a host that names a missing one cannot be served at all. */
export function guestServedImplementation(decl: GuestServedDecl): GuestServedImplementation {
  const implementation = implementations.get(decl.implementation);
  if (implementation === undefined) throw new Error(`no guest-served implementation '${decl.implementation}' in the guest bundle`);
  return implementation;
}

/** One call of a guest-served function: `ask` sends a body to the host and returns its reply. */
export function serveInGuest(path: string, decl: GuestServedDecl, args: readonly Json[], options: ToPyOptions, ask: HostAsk, toPy: (value: Json) => PyObject): PyObject {
  const held = copies.get(path);
  return guestServedImplementation(decl)({
    args,
    settings: decl.settings,
    options,
    held,
    callHost: () => toPy(ask([...args]).ok ?? null),
    current() {
      const reply = ask({ args: [...args], held: held?.version ?? null });
      if (reply.current === undefined) return { result: toPy(reply.ok ?? null) };
      const { version, fresh, value } = reply.current;
      let copy = held;
      if (value !== undefined) {
        copy = { version, value };
        copies.set(path, copy);
      }
      if (copy === undefined || copy.version !== version) {
        copies.delete(path);
        throw new Sk.builtin.RuntimeError('host value out of date; call again');
      }
      return { copy, fresh };
    },
  });
}
