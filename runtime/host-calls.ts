import { findHostFunction, RaiseInPython, type HostCallContext, type HostFunction, type HostModule } from './host-module.js';
import { currentValueRequestSchema, hostCallSchema } from './protocol.js';
import { MAX_CALL_ARGS_BYTES } from './sandbox/sandbox-setup.js';
import type { CurrentValueReply, HostCallReply } from './wire.js';

/** Told about a host function that threw something other than RaiseInPython (a bug in JavaScript code). */
export type HostErrorHandler = (error: unknown, functionPath: string) => void;

/**
 * Serves one host call from the sandbox: finds the function, binds its arguments and runs it. RaiseInPython
 * becomes that Python exception; anything else thrown is a bug in the host function: `onHostError` hears of
 * it, and Python sees `SystemError: internal error in host function PATH` (never the JavaScript message).
 */
export async function serveHostCall(
  path: string, argsJson: string, modules: Readonly<Record<string, HostModule>>, onHostError: HostErrorHandler | undefined,
  context: HostCallContext,
): Promise<HostCallReply | CurrentValueReply> {
  try {
    if (argsJson.length > MAX_CALL_ARGS_BYTES) throw new RaiseInPython('ValueError', 'host call arguments too large');
    const body: unknown = JSON.parse(argsJson);
    // A guest-served function asking for the current value sends {args, held}; a plain call sends the arguments.
    const currentRequest = Array.isArray(body) ? undefined : currentValueRequestSchema.parse(body);
    const call = hostCallSchema.parse({ path, args: currentRequest?.args ?? body });
    const fn = findHostFunction(modules, call.path);
    if (fn === undefined) return { error: { type: 'AttributeError', message: `no host function ${call.path}` } };
    const named: Record<string, unknown> = {};
    fn.params.forEach((param, i) => { named[param.name] = call.args[i] ?? null; });
    try {
      if (currentRequest !== undefined) {
        const current = currentValue(fn, named, currentRequest.held);
        if (current !== undefined) return current;
      }
      const value = await fn.call(named, context);
      return { ok: value ?? null };
    } catch (err) {
      if (err instanceof RaiseInPython) throw err;
      reportHostError(onHostError, err, call.path);
      return { error: { type: 'SystemError', message: `internal error in host function ${call.path}` } };
    }
  } catch (err) {
    if (err instanceof RaiseInPython) return { error: { type: err.pyType, message: err.message } };
    return { error: { type: 'SystemError', message: 'malformed host call from the sandbox' } };
  }
}

function reportHostError(onHostError: HostErrorHandler | undefined, err: unknown, path: string): void {
  try {
    onHostError?.(err, path);
  } catch {
    // The embedder's hook failing must not change what Python sees.
  }
}

/**
 * The answer to a guest-served function's request for the current value (see GuestServed): undefined when it
 * has none now (the host then answers with `call`). The arguments are checked first, so bad ones raise either way.
 */
function currentValue(fn: HostFunction, args: Readonly<Record<string, unknown>>, held: number | null): CurrentValueReply | undefined {
  if (fn.guestServed === undefined) return undefined;
  fn.check?.(args);
  const current = fn.guestServed.current();
  if (current === undefined) return undefined;
  const fresh = current.fresh ?? null;
  return current.version === held
    ? { current: { version: current.version, fresh } }
    : { current: { version: current.version, fresh, value: current.value } };
}
