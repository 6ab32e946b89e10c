import { readFileSync } from 'node:fs';
import { declareModule, type HostModule } from './host-module.js';
import { serveHostCall, type HostErrorHandler } from './host-calls.js';
import { limitNotice } from './limit-notice.js';
import { parseOptions } from './parse-options.js';
import { EXIT, limitsSchema, resolveEnvironment, timeoutSecondsSchema } from './options.js';
import type { EnvironmentInput, LimitsInput } from './option-types.js';
import { checkGlobals, ValueConversionError, type PlainValue } from './plain-value.js';
import { completenessSchema, execOutcomeSchema, sandboxMessageSchema, stringListSchema } from './protocol.js';
import type { EvaluateResult, RunResult } from './result.js';
import { codeCachePath, writeCodeCache } from './sandbox/code-cache.js';
import { CompiledScripts } from './sandbox/compiled-scripts.js';
import { LibraryFiles } from './sandbox/library-files.js';
import { readModuleCacheWants, updateModuleCacheWants } from './sandbox/module-cache-wants.js';
import { HARD_STOP_GRACE_MS, PROCESS_KILL_GRACE_MS } from './sandbox/sandbox-setup.js';
import { startSandbox, type SandboxExit, type SandboxProcess } from './sandbox/sandbox-process.js';
import { EVAL_GUEST_JAVASCRIPT } from './sandbox/test-hooks.js';
import { limitMessage, type Limits, type Completeness, type ExecMode, type ExecOutcome, type LimitKind, type ExecRequest, type GuestConfig, type GuestEnvironment, type SandboxMessage, type SandboxRequest, type SourcePackagesDecl, type ValueCapture } from './wire.js';
/** How long a sandbox process may take to get ready (load Skulpt, configure) before it is killed. */
const START_TIMEOUT_MS = 30_000;

/** How an Interpreter is made: its host modules, limits, output sinks and the machine scripts see. */
export interface InterpreterOptions {
  /** Host modules by top-level name, e.g. `{ system: ... }`. */
  readonly modules?: Readonly<Record<string, HostModule>>;
  /** Host modules that scripts can use without importing them. */
  readonly builtinModules?: readonly string[];
  /** Host strings reach Python as `unicode` (like Java strings in Jython) or as `str`. Default 'str'. */
  readonly hostStrings?: 'unicode' | 'str';
  /** Time, memory, output and recursion limits; a bad value throws an InvalidOptionError naming it. */
  readonly limits?: LimitsInput;
  /** Streaming sink for stdout; the text is also collected into each RunResult. */
  readonly onStdout?: (text: string) => void;
  /** Streaming sink for stderr; the text is also collected into each RunResult. */
  readonly onStderr?: (text: string) => void;
  /**
   * Hears of a host function that threw something other than RaiseInPython (a bug in its JavaScript), with the
   * function's dotted path. Python sees `SystemError: internal error in host function PATH`.
   */
  readonly onHostError?: HostErrorHandler;
  /** When `reset()` starts a fresh sandbox process (not only a fresh isolate), to bound long-lived hosts. */
  readonly recycle?: RecyclePolicy;
  /** sys.argv as scripts see it, e.g. `['report.py', '--user', 'billy']` (default `['']`). */
  readonly argv?: readonly string[];
  /**
   * The machine scripts see: default time zone (an IANA id; default: this process's, from `TZ` or the system),
   * host name (default 'localhost'), locale (default 'en_US'). Checked here: a bad value throws.
   */
  readonly environment?: EnvironmentInput;
  /**
   * Python packages given as sources, importable by scripts (an Ignition project library): every module is a
   * package, loaded on first use, once per run; `bindTopLevel` also makes the top-level packages usable without
   * an import. Tracebacks show each module's `file`.
   */
  readonly sourcePackages?: SourcePackages;
  /** Called once when the interpreter is disposed: release what its host modules hold (database connections). */
  readonly onDispose?: () => void | Promise<void>;
}

/** Python packages given as sources (see InterpreterOptions.sourcePackages). */
export type SourcePackages = SourcePackagesDecl;

/**
 * Every `reset()` gives a long-lived session (REPL, doctest pool, a service) a fresh isolate. It also replaces
 * the whole sandbox process once that has served `afterRuns` runs or its isolate's heap passed `afterHeapMb`,
 * which bounds how long any one process lives. Replacing costs one process start (tens of ms).
 */
export interface RecyclePolicy {
  /** Replace the process after this many runs. */
  readonly afterRuns?: number;
  /** Replace the process once its isolate's heap passed this many MB. */
  readonly afterHeapMb?: number;
}

/** The default recycle policy: 500 runs or 96 MB. */
export const DEFAULT_RECYCLE_POLICY: Required<RecyclePolicy> = { afterRuns: 500, afterHeapMb: 96 };

/** Options of one run. */
export interface ExecOptions {
  /** The file name tracebacks show. */
  readonly filename?: string;
  /** 'exec' runs statements; 'single' also echoes the repr of expression statements (REPL, doctest). */
  readonly mode?: ExecMode;
  /** This run's wall-clock limit in seconds, instead of `limits.timeoutSeconds`. */
  readonly timeoutSeconds?: number;
  /**
   * Stops the run when aborted, as its time limit would (uncatchable; globals are kept unless the code was in a
   * native loop that had to be killed). The result then has `aborted: true` and error type 'Aborted'.
   */
  readonly signal?: AbortSignal;
  /**
   * Globals bound before the run: plain JSON-like data (null, booleans, finite numbers, strings, arrays, plain
   * objects), converted as host call results are (strings as the interpreter's `hostStrings`, objects as dicts).
   * Anything else throws an InvalidOptionError naming the global.
   */
  readonly globals?: Readonly<Record<string, PlainValue>>;
}

/**
 * A Python interpreter in a sandbox process of its own, with limits. Globals persist across `exec` calls until
 * `reset()`. Runs are serialised: one at a time per interpreter.
 *
 * Lifetime: `dispose()` (or `await using`) ends it. While no run is in progress it does not keep Node's event
 * loop alive. If a hard limit (or `kill()`) ended its sandbox process, the next run starts a new one by itself
 * and its result says `restarted: true`: the globals of earlier runs are gone.
 */
export class Interpreter {
  readonly limits: Limits;
  private sandbox!: SandboxProcess;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private pendingReply: { id: number; resolve: (json: string) => void; reject: (err: Error) => void } | undefined;
  private currentRun: { stdout: string; stderr: string } | undefined;
  private deathReason: { limit: LimitKind | null; message: string } | undefined;
  private sandboxGone = false;
  private disposed = false;
  /** Set while the current run's AbortSignal has fired. */
  private abortedRun = false;
  /** The sandbox may send code caches only until it has been given its first piece of guest input. */
  private acceptsCodeCache = true;
  /** The library modules this sandbox's init asked code caches of (see ModuleScripts). */
  private moduleCachesAsked = new Set<string>();
  /** Compiled scripts kept in the code cache directory (none without one), and the one the current run may send. */
  private compiledScripts: CompiledScripts | undefined;
  private compiledWanted: { readonly id: number; readonly filename: string; readonly source: string } | undefined;
  /** Runs since this sandbox process started, and its isolate's heap after the last request (recycle policy). */
  private runsOnSandbox = 0;
  private sandboxHeapBytes = 0;
  /** Aborted when the current run ends: host calls still working for it stop (HostCallContext.signal). */
  private runAbort = new AbortController();

  private readonly environment: GuestEnvironment;

  private constructor(private readonly options: InterpreterOptions, private readonly testHooks: boolean) {
    this.limits = parseOptions(limitsSchema, options.limits ?? {}, 'limits');
    this.environment = resolveEnvironment(options.environment);
  }

  /** Starts an interpreter (a sandbox process with its isolate). Bad options throw an InvalidOptionError. */
  static async create(options: InterpreterOptions = {}): Promise<Interpreter> {
    return Interpreter.start(options, false);
  }

  /** @internal Test-only: a session whose guest can be given JavaScript directly (see EVAL_GUEST_JAVASCRIPT). */
  static async createWithTestHooks(options: InterpreterOptions = {}): Promise<Interpreter> {
    return Interpreter.start(options, true);
  }

  private static async start(options: InterpreterOptions, testHooks: boolean): Promise<Interpreter> {
    const session = new Interpreter(options, testHooks);
    await session.start();
    return session;
  }

  /** False once the sandbox has been ended (by a hard limit, a crash or dispose), until a run restarts it. */
  get alive(): boolean {
    return !this.sandboxGone;
  }

  private start(): Promise<void> {
    const modules = this.options.modules ?? {};
    const config: GuestConfig = {
      limits: {
        timeoutMs: this.limits.timeoutSeconds * 1000,
        outputLimitBytes: this.limits.outputLimitBytes,
        recursionLimit: this.limits.recursionLimit,
        memoryLimitBytes: this.limits.memoryLimitMb * 1048576,
      },
      modules: Object.entries(modules).map(([name, module]) => declareModule(name, module)),
      builtinModules: this.options.builtinModules ?? [],
      strings: this.options.hostStrings ?? 'str',
      ...(this.options.argv !== undefined ? { argv: [...this.options.argv] } : {}),
      environment: this.environment,
      ...(this.options.sourcePackages !== undefined ? { sourcePackages: this.options.sourcePackages } : {}),
    };
    this.deathReason = undefined;
    this.sandboxGone = false;
    this.acceptsCodeCache = true;
    this.runsOnSandbox = 0;
    this.sandboxHeapBytes = 0;
    const sandbox = startSandbox(this.limits.memoryLimitMb);
    this.sandbox = sandbox;
    const { cacheDir } = sandbox.setup;
    this.moduleCachesAsked = new Set(cacheDir === undefined ? [] : readModuleCacheWants(cacheDir));
    this.compiledScripts = cacheDir === undefined ? undefined : new CompiledScripts(cacheDir, sandbox.setup.scripts);
    sandbox.ref(true);
    const started = new Promise<void>((resolve, reject) => {
      // Events of a sandbox this session has since replaced (recycle) are ignored.
      sandbox.onMessage((raw) => {
        if (this.sandbox !== sandbox) return;
        const parsed = sandboxMessageSchema.safeParse(raw);
        if (!parsed.success) {
          this.deathReason ??= { limit: null, message: 'the sandbox process broke the protocol' };
          sandbox.kill();
          return;
        }
        this.receive(parsed.data, modules, resolve, reject);
      });
      sandbox.onExit((exit) => {
        if (this.sandbox !== sandbox) return;
        this.sandboxGone = true;
        this.deathReason ??= causeOfExit(exit);
        const err = new Error(`sandbox failed: ${this.deathReason.message}`);
        reject(err);
        this.pendingReply?.reject(err);
      });
      sandbox.send({ type: 'init', config, testHooks: this.testHooks, moduleCaches: [...this.moduleCachesAsked] });
    });
    // A sandbox that never gets ready is killed rather than waited for.
    const timer = setTimeout(() => {
      this.deathReason ??= { limit: null, message: `the sandbox process did not start within ${START_TIMEOUT_MS / 1000} s` };
      sandbox.kill();
    }, START_TIMEOUT_MS);
    return started.finally(() => {
      clearTimeout(timer);
      // Idle, the sandbox does not keep the host alive; each request holds it again.
      if (this.sandbox === sandbox && this.pendingReply === undefined) sandbox.ref(false);
    });
  }

  private receive(message: SandboxMessage, modules: Readonly<Record<string, HostModule>>, ready: () => void, failed: (err: Error) => void): void {
    switch (message.type) {
      case 'ready': {
        // The start made what caches it could of the modules asked for; a module still wanted is reported again.
        const { cacheDir } = this.sandbox.setup;
        if (cacheDir !== undefined && this.moduleCachesAsked.size > 0) updateModuleCacheWants(cacheDir, { remove: [...this.moduleCachesAsked] });
        ready();
        break;
      }
      case 'failed':
        this.deathReason ??= { limit: null, message: message.message };
        failed(new Error(`sandbox failed: ${message.message}`));
        this.sandbox.kill();
        break;
      case 'codeCache': this.storeCodeCache(message.file, message.base64); break;
      case 'compiled': {
        // Only the first one, during the run that asked for it (see compiledFor).
        const wanted = this.compiledWanted;
        this.compiledWanted = undefined;
        if (wanted !== undefined && this.pendingReply?.id === wanted.id) {
          this.compiledScripts?.write(wanted.filename, wanted.source, { name: message.name, funcname: message.funcname, code: message.code });
        }
        break;
      }
      case 'moduleCacheWanted': {
        const { cacheDir } = this.sandbox.setup;
        if (cacheDir !== undefined) updateModuleCacheWants(cacheDir, { add: [message.name] });
        break;
      }
      // Output belongs to a request: anything sent between requests is dropped.
      case 'output': if (this.pendingReply !== undefined) this.output(message.stream, message.text); break;
      case 'call': {
        const sandbox = this.sandbox;
        void serveHostCall(message.path, message.args, modules, this.options.onHostError, { signal: this.runAbort.signal }).then((reply) => {
          sandbox.send({ type: 'callReply', id: message.id, json: JSON.stringify(reply) });
        });
        break;
      }
      case 'reply':
        this.sandboxHeapBytes = message.heapUsed;
        if (this.pendingReply?.id === message.id) this.pendingReply.resolve(message.json);
        break;
      case 'stopped':
        this.deathReason ??= { limit: message.limit, message: message.message };
        this.sandbox.kill();
        break;
    }
  }

  /**
   * Writes a code cache the sandbox produced before it ran any guest input (never after: see acceptsCodeCache), of
   * one of its scripts or of a library module its init asked for.
   */
  private storeCodeCache(file: string, base64: string): void {
    const { cacheDir, scripts, libraryDir } = this.sandbox.setup;
    if (!this.acceptsCodeCache || cacheDir === undefined) return;
    const moduleName = file.startsWith('module:') ? file.slice('module:'.length) : undefined;
    try {
      if (moduleName !== undefined) {
        const module = this.moduleCachesAsked.has(moduleName) ? new LibraryFiles(libraryDir).compiledModule(moduleName) : undefined;
        if (module === undefined) return;
        writeCodeCache(codeCachePath(cacheDir, module.path, module.text, 'isolate'), cacheDir, Buffer.from(base64, 'base64'));
      } else if (scripts.includes(file)) {
        writeCodeCache(codeCachePath(cacheDir, file, readFileSync(file, 'utf8'), 'isolate'), cacheDir, Buffer.from(base64, 'base64'));
      }
    } catch {
      // A cache we cannot write only costs start-up time.
    }
  }

  private output(stream: 'stdout' | 'stderr', text: string): void {
    if (this.currentRun !== undefined) this.currentRun[stream] += text;
    const sink = stream === 'stdout' ? this.options.onStdout : this.options.onStderr;
    sink?.(text);
  }

  /**
   * Sends a request and waits for its reply. If none comes `killAfterMs` after the sandbox should have stopped
   * the run itself, the whole sandbox process is killed.
   */
  private request(request: Extract<SandboxRequest, { id: number }>, killAfterMs: number): Promise<string> {
    if (this.sandboxGone) return Promise.reject(new Error('the sandbox session has ended'));
    this.acceptsCodeCache = false;
    const sandbox = this.sandbox;
    sandbox.ref(true);
    return new Promise<string>((resolve, reject) => {
      const done = (fn: () => void) => {
        clearTimeout(timer);
        this.pendingReply = undefined;
        sandbox.ref(false);
        fn();
      };
      const timer = setTimeout(() => {
        this.deathReason ??= { limit: 'time', message: 'killed at the deadline' };
        sandbox.kill();
      }, killAfterMs + PROCESS_KILL_GRACE_MS);
      this.pendingReply = {
        id: request.id,
        resolve: (json) => done(() => resolve(json)),
        reject: (err) => done(() => reject(err)),
      };
      this.sandbox.send(request);
    });
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Runs source against this interpreter's globals. Never throws for anything the Python code does; bad options
   * throw an InvalidOptionError.
   */
  async exec(source: string, options: ExecOptions = {}): Promise<RunResult> {
    return (await this.runRequest(source, options, undefined)).result;
  }

  /**
   * Runs source like `exec`, and gives back the value of its last statement when that is an expression, as
   * plain data (`value`; undefined when the last statement is not an expression or the run failed). A value
   * with no plain form (a set, a function, a long beyond 2**53) throws a ValueConversionError.
   */
  async evaluate(source: string, options: ExecOptions = {}): Promise<EvaluateResult> {
    const { result, value } = await this.runRequest(source, options, { kind: 'last' });
    return value === undefined ? result : { ...result, value };
  }

  /**
   * The value of a global as plain data; undefined when there is no such global. A value with no plain form
   * throws a ValueConversionError.
   */
  async getGlobal(name: string): Promise<PlainValue | undefined> {
    const { result, value } = await this.runRequest('', { filename: '<getGlobal>' }, { kind: 'global', name });
    if (!result.ok) throw new Error(`could not read global ${name}: ${result.error?.message ?? 'the run failed'}`);
    return value;
  }

  private async runRequest(source: string, options: ExecOptions, capture: ValueCapture | undefined): Promise<{ result: RunResult; value?: PlainValue }> {
    const timeoutSeconds = options.timeoutSeconds === undefined ? this.limits.timeoutSeconds : parseOptions(timeoutSecondsSchema, options.timeoutSeconds, 'timeoutSeconds');
    const globals = options.globals === undefined ? undefined : checkGlobals(options.globals);
    return this.serialised(async () => {
      if (this.disposed) return { result: this.endedResult('the interpreter was disposed') };
      const restarted = this.sandboxGone;
      if (restarted) await this.start();
      if (options.signal?.aborted === true) return { result: this.abortedResult(restarted) };
      const run = { stdout: '', stderr: '' };
      this.currentRun = run;
      const runAbort = new AbortController();
      this.runAbort = runAbort;
      this.runsOnSandbox++;
      let outcome: ExecOutcome;
      let died = false;
      const timeoutMs = timeoutSeconds * 1000;
      const limits = { ...this.limits, timeoutSeconds };
      this.abortedRun = false;
      const onAbort = (): void => this.abort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const id = this.nextId++;
        const filename = options.filename ?? '<string>';
        const mode = options.mode ?? 'exec';
        const request: ExecRequest = {
          source, filename, mode, timeoutMs,
          ...(globals === undefined ? {} : { globals }), ...(capture === undefined ? {} : { capture }),
          ...this.compiledFor(id, source, filename, mode === 'exec' && capture?.kind !== 'last'),
        };
        const json = await this.request({ type: 'exec', id, request, timeoutMs }, timeoutMs + HARD_STOP_GRACE_MS);
        outcome = execOutcomeSchema.parse(JSON.parse(json));
      } catch {
        died = true;
        outcome = this.outcomeOfDeath(limits);
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
        this.currentRun = undefined;
        runAbort.abort();
      }
      if (this.abortedRun && (outcome.status === 'limit' || died)) return { result: this.abortedResult(restarted, run) };
      // The guest prints its own traceback for a MemoryError it raised; stops it could not report get a notice.
      if (outcome.error?.limit !== undefined && outcome.error.limit !== 'recursion' && (died || outcome.error.type === 'SandboxLimit')) {
        const notice = limitNotice(outcome.error.limit, limits, run);
        run.stderr += notice;
        this.options.onStderr?.(notice);
      }
      const error = outcome.error === undefined ? undefined : outcome.status === 'limit' ? { ...outcome.error, type: 'SandboxLimit' } : outcome.error;
      const result: RunResult = {
        ok: outcome.exitCode === 0,
        exitCode: outcome.exitCode,
        stdout: run.stdout,
        stderr: run.stderr,
        ...(error ? { error } : {}),
        ...(outcome.status === 'exit' ? { exited: true as const } : {}),
        ...(restarted ? { restarted: true as const } : {}),
      };
      const value = outcome.value;
      if (value === undefined || value.kind === 'none') return { result };
      if (value.kind === 'unconvertible') throw new ValueConversionError(`cannot convert to JavaScript: ${value.message}`);
      return { result, value: value.json as PlainValue };
    });
  }

  /**
   * The compiled script a plain run (`plain`: mode 'exec', no value of its last expression) gets, or asks for: only
   * when it is the first request this sandbox process serves, so that nothing of any guest has run in it before
   * the guest compiles it and sends it back (see runtime/sandbox/compiled-scripts.ts).
   */
  private compiledFor(id: number, source: string, filename: string, plain: boolean): Pick<ExecRequest, 'compiled' | 'reportCompiled'> {
    this.compiledWanted = undefined;
    const scripts = this.compiledScripts;
    // acceptsCodeCache: no request has been sent to this sandbox process yet.
    if (scripts === undefined || !plain || !this.acceptsCodeCache) return {};
    const compiled = scripts.read(filename, source);
    if (compiled !== undefined) return { compiled };
    this.compiledWanted = { id, filename, source };
    return { reportCompiled: true };
  }

  /** Stops the run in progress as at its deadline (an AbortSignal fired). */
  private abort(): void {
    this.abortedRun = true;
    if (this.sandboxGone || this.pendingReply === undefined) return;
    this.sandbox.send({ type: 'abort' });
    // Code in a native loop is terminated by the sandbox process; if even that fails, the process is killed.
    const sandbox = this.sandbox;
    setTimeout(() => {
      if (this.sandbox === sandbox && this.pendingReply !== undefined && this.abortedRun) {
        this.deathReason ??= { limit: 'time', message: 'killed after an abort' };
        sandbox.kill();
      }
    }, HARD_STOP_GRACE_MS + PROCESS_KILL_GRACE_MS).unref();
  }

  private abortedResult(restarted: boolean, run: { stdout: string; stderr: string } = { stdout: '', stderr: '' }): RunResult {
    const message = 'the run was aborted by its AbortSignal';
    const notice = limitNotice('abort', this.limits, run);
    this.options.onStderr?.(notice);
    return {
      ok: false, exitCode: EXIT.interrupted, stdout: run.stdout, stderr: run.stderr + notice,
      error: { type: 'Aborted', message }, aborted: true, ...(restarted ? { restarted: true as const } : {}),
    };
  }

  private endedResult(message: string): RunResult {
    this.options.onStderr?.(`perspective-sandbox: ${message}\n`);
    return { ok: false, exitCode: EXIT.exception, stdout: '', stderr: `perspective-sandbox: ${message}\n`, error: { type: 'SystemError', message } };
  }

  private outcomeOfDeath(limits: Limits): ExecOutcome {
    const limit = this.deathReason?.limit ?? null;
    switch (limit) {
      case 'memory': return { status: 'limit', exitCode: EXIT.memoryLimit, error: { type: 'SandboxLimit', message: limitMessage('memory', limits), limit } };
      case 'time': return { status: 'limit', exitCode: EXIT.timeLimit, error: { type: 'SandboxLimit', message: limitMessage('time', limits), limit } };
      case 'output': return { status: 'limit', exitCode: EXIT.outputLimit, error: { type: 'SandboxLimit', message: limitMessage('output', limits), limit } };
      default: return { status: 'exception', exitCode: EXIT.exception, error: { type: 'SystemError', message: `sandbox died: ${this.deathReason?.message ?? 'unknown'}` } };
    }
  }

  /** Whether REPL input is complete, incomplete (needs more lines) or invalid, per the real compiler. */
  completeness(source: string): Promise<Completeness> {
    return this.serialised(async () => completenessSchema.parse(JSON.parse(await this.request({ type: 'completeness', id: this.nextId++, source }, 5000))));
  }

  /** Tab completions: whole replacements for `text` (names, attributes after a dot, keys after `obj["`). */
  completions(text: string): Promise<string[]> {
    return this.serialised(async () => stringListSchema.parse(JSON.parse(await this.request({ type: 'completions', id: this.nextId++, text }, 5000))));
  }

  /**
   * Drops all globals and starts a fresh isolate: nothing of the old one, at the Python or the JavaScript level,
   * survives. Under the recycle policy (default DEFAULT_RECYCLE_POLICY) it starts a fresh sandbox process instead.
   */
  reset(): Promise<void> {
    return this.serialised(async () => {
      if (this.disposed) throw new Error('the interpreter was disposed');
      if (this.sandboxGone) {
        await this.start();
        return;
      }
      if (this.shouldRecycle()) {
        const old = this.sandbox;
        await this.start();
        await old.terminate();
        return;
      }
      await this.request({ type: 'reset', id: this.nextId++ }, 10_000);
    });
  }

  private shouldRecycle(): boolean {
    const policy = { ...DEFAULT_RECYCLE_POLICY, ...this.options.recycle };
    return this.runsOnSandbox >= policy.afterRuns || this.sandboxHeapBytes >= policy.afterHeapMb * 1048576;
  }

  /** Runs on the current sandbox process, and its isolate's heap after the last request (what the recycle policy looks at). */
  sandboxStats(): { runs: number; heapUsedBytes: number } {
    return { runs: this.runsOnSandbox, heapUsedBytes: this.sandboxHeapBytes };
  }

  /** Raises KeyboardInterrupt in the running code at its next check (a block boundary, a sleep, a host call's end). */
  interrupt(): void {
    if (!this.sandboxGone) this.sandbox.send({ type: 'interrupt' });
  }

  /** Kills the sandbox now (e.g. a second Ctrl-C on a native loop). The next run starts a new one (its globals are gone). */
  async kill(): Promise<void> {
    this.deathReason ??= { limit: null, message: 'killed' };
    await this.sandbox.terminate();
  }

  /**
   * Ends the interpreter: its sandbox process is killed at once. It does not wait for the operating system to
   * tear the process down (that takes milliseconds for a large heap), and nothing of it keeps the host alive.
   */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.deathReason ??= { limit: null, message: 'disposed' };
    this.disposed = true;
    this.sandboxGone = true;
    this.pendingReply?.reject(new Error('the interpreter was disposed'));
    this.sandbox.abandon();
    this.runAbort.abort();
    await this.options.onDispose?.();
  }

  /** `await using interpreter = await Interpreter.create()` disposes of it at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.dispose();
  }

  /** @internal Test hook: evaluates JavaScript directly in the guest's isolate (only in sessions made by createWithTestHooks). */
  [EVAL_GUEST_JAVASCRIPT](code: string): Promise<unknown> {
    return this.serialised(async () => {
      const json = await this.request({ type: 'evalGuest', id: this.nextId++, code }, 5000);
      return json === undefined ? undefined : JSON.parse(json) as unknown;
    });
  }
}

/** What a sandbox process's death means: V8 stops a process at its heap limit with a fatal error on stderr. */
function causeOfExit(exit: SandboxExit): { limit: LimitKind | null; message: string } {
  const fatalMemory = /heap out of memory|invalid (?:array|string|table) (?:length|size)|Fatal JavaScript invalid size|allocation failed|CALL_AND_RETRY_LAST/i;
  if (fatalMemory.test(exit.stderrTail)) return { limit: 'memory', message: 'the sandbox process ran out of memory' };
  return { limit: null, message: `the sandbox process exited (${exit.signal ?? `code ${exit.code}`})` };
}
