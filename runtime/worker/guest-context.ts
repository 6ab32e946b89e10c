import vm from 'node:vm';

/** The host capabilities the guest realm receives; each takes and returns primitives only. */
export interface BridgeFunctions {
  write(stream: number, text: string): void;
  call(path: string, argsJson: string): string;
  sleep(ms: number): void;
}

/**
 * A fresh vm context for guest code: only JavaScript's own globals (no process, require, Buffer, timers),
 * no WebAssembly, and dynamic import() rejected (no importModuleDynamically hook). The bridge is built by
 * code inside the context, so its functions belong to the guest realm and the host functions it wraps
 * stay in closures no guest code can reach.
 */
export function createGuestContext(bridge: BridgeFunctions): vm.Context {
  const context = vm.createContext(Object.create(null) as object, {
    name: 'perspective-sandbox guest',
    codeGeneration: { strings: true, wasm: false },
  });
  const makeBridge = vm.runInContext(
    `(w, c, s) => Object.freeze({
       write: (stream, text) => { w(+stream, String(text)); },
       call: (path, args) => String(c(String(path), String(args))),
       sleep: (ms) => { s(+ms); },
     })`,
    context,
  ) as (w: BridgeFunctions['write'], c: BridgeFunctions['call'], s: BridgeFunctions['sleep']) => unknown;
  (context as Record<string, unknown>)['__ps_bridge'] = makeBridge(
    (stream, text) => bridge.write(stream, text),
    (path, args) => bridge.call(path, args),
    (ms) => bridge.sleep(ms),
  );
  return context;
}
