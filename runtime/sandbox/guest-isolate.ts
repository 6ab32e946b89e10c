import type IsolatedVM from 'isolated-vm';
import type { GuestConfig } from '../wire.js';

type Ivm = typeof IsolatedVM;

/** A script the guest isolate evaluates, with a V8 code cache when one is valid. */
export interface GuestScript {
  readonly file: string;
  readonly source: string;
  readonly cachedData: Uint8Array | undefined;
}

/** What the sandbox process serves to the guest: the bridge functions (see runtime/guest/bridge.ts). */
export interface BridgeHandlers {
  write(stream: number, text: string): void;
  /** Resolves with the JSON reply. */
  call(path: string, argsJson: string): Promise<string>;
  /** Resolves with why it ended: the time was up, the run's deadline came, or an interrupt. */
  sleep(ms: number): Promise<'slept' | 'deadline' | 'interrupt'>;
  poll(): number;
  /** A library file the build wrote (see library() in runtime/guest/bridge.ts); '' when there is none. */
  library(name: string): string;
  /** Evaluates a library module's code in the calling guest's context (see module() in runtime/guest/bridge.ts). */
  module(name: string, isolate: IsolatedVM.Isolate, context: IsolatedVM.Context): string;
  /** The current run's script, compiled (see compiled() in runtime/guest/bridge.ts). */
  compiled(name: string, funcname: string, code: string): void;
}

/**
 * Builds the guest's bridge inside the isolate: closures over the transferred functions, nothing else.
 * It also repairs the realm: in isolated-vm 5 on Node 20, Math.E is missing from new contexts (the constant sits
 * under the key "'" instead), which would make Python's math.e 0.0 and math.log(x) nan.
 */
const INSTALL_BRIDGE = `
if (!Object.hasOwn(Math, 'E')) {
  delete Math["'"];
  Object.defineProperty(Math, 'E', { value: Math.exp(1), writable: false, enumerable: false, configurable: false });
}
const [write, call, sleep, poll, library, module, compiled] = [$0, $1, $2, $3, $4, $5, $6];
const bridge = Object.freeze({
  write: (stream, text) => { write(+stream, String(text)); },
  call: (path, args) => String(call.applySyncPromise(undefined, [String(path), String(args)])),
  sleep: (ms) => String(sleep.applySyncPromise(undefined, [+ms])),
  poll: () => +poll(),
  library: (name) => String(library(String(name))),
  module: (name) => String(module(String(name))),
  compiled: (name, funcname, code) => { compiled(String(name), String(funcname), String(code)); },
});
Object.defineProperty(globalThis, '__ps_bridge', { value: bridge, configurable: true });
`;

/** Takes the guest API's functions (boot.ts) and removes the global, so guest code cannot call them itself. */
const TAKE_API = `
const api = globalThis.__psGuest;
delete globalThis.__psGuest;
return [api.init, api.exec, api.completeness, api.completions, api.checkFixes];
`;

type GuestFn = IsolatedVM.Reference<(arg: string) => string>;

/**
 * One guest: a V8 isolate of its own (isolated-vm) with its own heap cap, holding Skulpt and the guest runtime.
 * It has no Node.js API at all; what it can reach is JavaScript's own globals and the bridge. Code runs on
 * isolated-vm's thread, so the sandbox process stays free to serve host calls and to stop it.
 */
export class GuestIsolate {
  private constructor(
    readonly isolate: IsolatedVM.Isolate,
    readonly context: IsolatedVM.Context,
    private readonly fns: { init: GuestFn; exec: GuestFn; completeness: GuestFn; completions: GuestFn; checkFixes: GuestFn },
  ) {}

  /**
   * Creates the isolate and evaluates the scripts in it. `cacheStale`: some script had no usable code cache.
   * `scripts` may read its files lazily: each is compiled (on the isolate's thread) while the next one is read.
   */
  static async create(ivm: Ivm, scripts: Iterable<GuestScript>, memoryLimitMb: number, bridge: BridgeHandlers): Promise<{ guest: GuestIsolate; cacheStale: boolean }> {
    const isolate = new ivm.Isolate({ memoryLimit: memoryLimitMb });
    try {
      // The context and the bridge synchronously (a fresh isolate has nothing queued), then each script is queued
      // to compile as soon as it is read and to run as soon as it and the one before are done: every await is
      // two thread hops, and the isolate should not wait for the sandbox's thread between scripts.
      const context = isolate.createContextSync();
      context.evalClosureSync(INSTALL_BRIDGE, [
        new ivm.Callback((stream: number, text: string) => bridge.write(stream, text)),
        new ivm.Reference((path: string, args: string) => bridge.call(path, args)),
        new ivm.Reference((ms: number) => bridge.sleep(ms)),
        new ivm.Callback(() => bridge.poll()),
        new ivm.Callback((name: string) => bridge.library(name)),
        new ivm.Callback((name: string) => bridge.module(name, isolate, context)),
        new ivm.Callback((name: string, funcname: string, code: string) => bridge.compiled(name, funcname, code)),
      ]);
      let cacheStale = false;
      let ran: Promise<unknown> = Promise.resolve();
      for (const script of scripts) {
        const compiling = isolate.compileScript(script.source, {
          filename: scriptOrigin(script.file),
          ...(script.cachedData ? { cachedData: new ivm.ExternalCopy(toArrayBuffer(script.cachedData)) } : {}),
        });
        ran = Promise.all([compiling, ran]).then(async ([compiled]: [IsolatedVM.Script & { cachedDataRejected?: boolean }, unknown]) => {
          cacheStale ||= script.cachedData === undefined || compiled.cachedDataRejected === true;
          try {
            await compiled.run(context);
          } finally {
            compiled.release();
          }
        });
        ran.catch(() => undefined); // awaited below
      }
      await ran;
      // Synchronous from here: nothing else is queued on the isolate, and each await costs two thread hops.
      const api = context.evalClosureSync(TAKE_API, [], { result: { reference: true } });
      const fn = (index: number): GuestFn => api.getSync(index, { reference: true }) as GuestFn;
      const fns = { init: fn(0), exec: fn(1), completeness: fn(2), completions: fn(3), checkFixes: fn(4) };
      api.release();
      return { guest: new GuestIsolate(isolate, context, fns), cacheStale };
    } catch (err) {
      if (!isolate.isDisposed) isolate.dispose();
      throw err;
    }
  }

  /**
   * Code caches for the scripts, made after start-up: V8 compiles the same source again from its in-isolate
   * cache, so the data includes every function start-up compiled, not only the eager ones. Call it before any
   * guest input has run, so no guest code has had a chance to shape what goes into the cache.
   */
  async codeCaches(scripts: readonly GuestScript[]): Promise<Map<string, Uint8Array>> {
    const caches = new Map<string, Uint8Array>();
    for (const script of scripts) {
      const compiled: IsolatedVM.Script & IsolatedVM.CachedDataResult = await this.isolate.compileScript(script.source, { filename: scriptOrigin(script.file), produceCachedData: true });
      if (compiled.cachedData !== undefined) caches.set(script.file, new Uint8Array(compiled.cachedData.copy()));
      compiled.release();
    }
    return caches;
  }

  async init(config: GuestConfig): Promise<void> {
    await this.fns.init.apply(undefined, [JSON.stringify(config)], { timeout: 10_000 });
  }

  /** Runs one request; the isolate's execution is terminated after `timeoutMs`, even inside a native loop. */
  exec(requestJson: string, timeoutMs: number): Promise<string> {
    return this.call(this.fns.exec, requestJson, timeoutMs);
  }

  completeness(source: string, timeoutMs: number): Promise<string> {
    return this.call(this.fns.completeness, source, timeoutMs);
  }

  /** The boot canaries of the runtime's Python 2 fixes; rejects, naming the fix, when one did not take effect. */
  async checkFixes(): Promise<void> {
    await this.call(this.fns.checkFixes, '', 10_000);
  }

  completions(text: string, timeoutMs: number): Promise<string> {
    return this.call(this.fns.completions, text, timeoutMs);
  }

  /** Test hook: evaluates JavaScript directly in the guest's context; the result comes back as a copy. */
  async evalJavaScript(code: string, timeoutMs: number): Promise<unknown> {
    return this.context.eval(code, { timeout: timeoutMs, promise: true, copy: true });
  }

  get heapUsed(): number {
    return this.isolate.isDisposed ? 0 : this.isolate.getHeapStatisticsSync().used_heap_size;
  }

  dispose(): void {
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }

  private async call(fn: GuestFn, arg: string, timeoutMs: number): Promise<string> {
    const result: unknown = await fn.apply(undefined, [arg], { timeout: Math.max(1, Math.ceil(timeoutMs)) });
    if (typeof result !== 'string') throw new Error('the guest answered with a non-string');
    return result;
  }
}

function scriptOrigin(file: string): string {
  return `sandbox:///${file.split('/').pop() ?? 'script.js'}`;
}

/** The bytes as an ArrayBuffer of their own (what isolated-vm's ExternalCopy takes). */
export function toArrayBuffer(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}
