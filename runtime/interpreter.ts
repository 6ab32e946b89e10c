import { readFileSync } from 'node:fs';
import { declareModule, findHostFunction, RaiseInPython, type HostFunction, type HostModule } from './host-module.js';
import { EXIT, limitsSchema, resolveEnvironment, type EnvironmentInput, type Limits, type LimitsInput } from './options.js';
import { completenessSchema, currentValueRequestSchema, execOutcomeSchema, hostCallSchema, sandboxMessageSchema, stringListSchema, type Completeness, type ExecMode, type ExecOutcome, type LimitKind } from './protocol.js';
import type { RunResult } from './result.js';
import { codeCachePath, writeCodeCache } from './sandbox/code-cache.js';
import { HARD_STOP_GRACE_MS, MAX_CALL_ARGS_BYTES, PROCESS_KILL_GRACE_MS } from './sandbox/sandbox-setup.js';
import { startSandbox, type SandboxExit, type SandboxProcess } from './sandbox/sandbox-process.js';
import { EVAL_GUEST_JAVASCRIPT } from './sandbox/test-hooks.js';
import { limitMessage, type CurrentValueReply, type GuestConfig, type GuestEnvironment, type HostCallReply, type SandboxMessage, type SandboxRequest, type SourcePackagesDecl } from './wire.js';
/** How long a sandbox process may take to get ready (load Skulpt, configure) before it is killed. */
const START_TIMEOUT_MS = 30_000;

export interface InterpreterOptions {
  /** Host modules by top-level name, e.g. `{ system: ... }`. */
  readonly modules?: Readonly<Record<string, HostModule>>;
  /** Host modules that scripts can use without importing them. */
  readonly builtinModules?: readonly string[];
  /** Host strings reach Python as `unicode` (like Java strings in Jython) or as `str`. Default 'str'. */
  readonly hostStrings?: 'unicode' | 'str';
  readonly limits?: LimitsInput;
  /** Streaming sinks; the text is also collected into each RunResult. */
  readonly onStdout?: (text: string) => void;
  readonly onStderr?: (text: string) => void;
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

export type SourcePackages = SourcePackagesDecl;

/**
 * Every `reset()` gives a long-lived session (REPL, doctest pool, a service) a fresh isolate. It also replaces
 * the whole sandbox process once that has served `afterRuns` runs or its isolate's heap passed `afterHeapMb`,
 * which bounds how long any one process lives. Replacing costs one process start (tens of ms).
 */
export interface RecyclePolicy {
  readonly afterRuns?: number;
  readonly afterHeapMb?: number;
}

export const DEFAULT_RECYCLE_POLICY: Required<RecyclePolicy> = { afterRuns: 500, afterHeapMb: 96 };

export interface ExecOptions {
  /** The file name tracebacks show. */
  readonly filename?: string;
  /** 'exec' runs statements; 'single' also echoes the repr of expression statements (REPL, doctest). */
  readonly mode?: ExecMode;
}

/**
 * A Python interpreter in a sandbox process of its own (see runtime/sandbox/), with limits. Globals persist
 * across `exec` calls until `reset()`. Runs are serialised: one at a time per session.
 */
export class Interpreter {
  readonly limits: Limits;
  private sandbox!: SandboxProcess;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private pendingReply: { id: number; resolve: (json: string) => void; reject: (err: Error) => void } | undefined;
  private run: { stdout: string; stderr: string } | undefined;
  private deathReason: { limit: LimitKind | null; message: string } | undefined;
  private sandboxGone = false;
  /** The sandbox may send code caches only until it has been given its first piece of guest input. */
  private acceptsCodeCache = true;
  /** Runs since this sandbox process started, and its isolate's heap after the last request (recycle policy). */
  private runsOnSandbox = 0;
  private sandboxHeapBytes = 0;
  /** Aborted when the current run ends: host calls still working for it stop (HostCallContext.signal). */
  private runAbort = new AbortController();
  private disposed = false;

  private readonly environment: GuestEnvironment;

  private constructor(private readonly options: InterpreterOptions, private readonly testHooks: boolean) {
    this.limits = parseLimits(options.limits);
    this.environment = resolveEnvironment(options.environment);
  }

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

  /** True until the sandbox has been ended (by a hard limit, a crash or dispose). */
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
      sandbox.send({ type: 'init', config, testHooks: this.testHooks });
    });
    // A sandbox that never gets ready is killed rather than waited for.
    const timer = setTimeout(() => {
      this.deathReason ??= { limit: null, message: `the sandbox process did not start within ${START_TIMEOUT_MS / 1000} s` };
      sandbox.kill();
    }, START_TIMEOUT_MS);
    return started.finally(() => clearTimeout(timer));
  }

  private receive(message: SandboxMessage, modules: Readonly<Record<string, HostModule>>, ready: () => void, failed: (err: Error) => void): void {
    switch (message.type) {
      case 'ready': ready(); break;
      case 'failed':
        this.deathReason ??= { limit: null, message: message.message };
        failed(new Error(`sandbox failed: ${message.message}`));
        this.sandbox.kill();
        break;
      case 'codeCache': this.storeCodeCache(message.file, message.base64); break;
      // Output belongs to a request: anything sent between requests is dropped.
      case 'output': if (this.pendingReply !== undefined) this.output(message.stream, message.text); break;
      case 'call': {
        const sandbox = this.sandbox;
        void this.serveHostCall(message.path, message.args, modules).then((reply) => {
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

  /** Writes a code cache the sandbox produced before it ran any guest input (never after: see acceptsCodeCache). */
  private storeCodeCache(file: string, base64: string): void {
    const { cacheDir, scripts } = this.sandbox.setup;
    if (!this.acceptsCodeCache || cacheDir === undefined || !scripts.includes(file)) return;
    try {
      writeCodeCache(codeCachePath(cacheDir, file, readFileSync(file, 'utf8'), 'isolate'), cacheDir, Buffer.from(base64, 'base64'));
    } catch {
      // A cache we cannot write only costs start-up time.
    }
  }

  private output(stream: 'stdout' | 'stderr', text: string): void {
    if (this.run !== undefined) this.run[stream] += text;
    const sink = stream === 'stdout' ? this.options.onStdout : this.options.onStderr;
    sink?.(text);
  }

  private async serveHostCall(path: string, argsJson: string, modules: Readonly<Record<string, HostModule>>): Promise<HostCallReply | CurrentValueReply> {
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
      if (currentRequest !== undefined) {
        const current = currentValue(fn, named, currentRequest.held);
        if (current !== undefined) return current;
      }
      const value = await fn.call(named, { signal: this.runAbort.signal });
      return { ok: value ?? null };
    } catch (err) {
      if (err instanceof RaiseInPython) return { error: { type: err.pyType, message: err.message } };
      return { error: { type: 'IOError', message: err instanceof Error ? err.message : String(err) } };
    }
  }

  /**
   * Sends a request and waits for its reply. If none comes `killAfterMs` after the sandbox should have stopped
   * the run itself, the whole sandbox process is killed.
   */
  private request(request: Extract<SandboxRequest, { id: number }>, killAfterMs: number): Promise<string> {
    if (this.sandboxGone) return Promise.reject(new Error('the sandbox session has ended'));
    this.acceptsCodeCache = false;
    return new Promise<string>((resolve, reject) => {
      const done = (fn: () => void) => {
        clearTimeout(timer);
        this.pendingReply = undefined;
        fn();
      };
      const timer = setTimeout(() => {
        this.deathReason ??= { limit: 'time', message: 'killed at the deadline' };
        this.sandbox.kill();
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

  /** Runs source against this session's globals. Never throws for anything the Python code does. */
  exec(source: string, options: ExecOptions = {}): Promise<RunResult> {
    return this.serialised(async () => {
      if (this.sandboxGone) {
        const message = 'the sandbox session has ended (stopped at a hard limit, or disposed); create a new one';
        this.options.onStderr?.(`perspective-sandbox: ${message}\n`);
        return { ok: false, exitCode: EXIT.exception, stdout: '', stderr: `perspective-sandbox: ${message}\n`, error: { type: 'SystemError', message } };
      }
      const run = { stdout: '', stderr: '' };
      this.run = run;
      const runAbort = new AbortController();
      this.runAbort = runAbort;
      this.runsOnSandbox++;
      let outcome: ExecOutcome;
      let died = false;
      const timeoutMs = this.limits.timeoutSeconds * 1000;
      try {
        const request = { source, filename: options.filename ?? '<string>', mode: options.mode ?? 'exec' } as const;
        const json = await this.request({ type: 'exec', id: this.nextId++, request, timeoutMs }, timeoutMs + HARD_STOP_GRACE_MS);
        outcome = execOutcomeSchema.parse(JSON.parse(json));
      } catch {
        died = true;
        outcome = this.outcomeOfDeath();
      } finally {
        this.run = undefined;
        runAbort.abort();
      }
      // The guest prints its own traceback for a MemoryError it raised; stops it could not report get a notice.
      if (outcome.error?.limit !== undefined && (died || outcome.error.type === 'SandboxLimit')) {
        const notice = limitNotice(outcome.error.limit, this.limits);
        run.stderr += notice;
        this.options.onStderr?.(notice);
      }
      return {
        ok: outcome.exitCode === 0,
        exitCode: outcome.exitCode,
        stdout: run.stdout,
        stderr: run.stderr,
        ...(outcome.error ? { error: outcome.error } : {}),
        ...(outcome.status === 'exit' ? { exited: true as const } : {}),
      };
    });
  }

  private outcomeOfDeath(): ExecOutcome {
    const limit = this.deathReason?.limit ?? null;
    switch (limit) {
      case 'memory': return { status: 'limit', exitCode: EXIT.memoryLimit, error: { type: 'MemoryError', message: limitMessage('memory', this.limits), limit } };
      case 'time': return { status: 'limit', exitCode: EXIT.timeLimit, error: { type: 'SandboxLimit', message: limitMessage('time', this.limits), limit } };
      case 'output': return { status: 'limit', exitCode: EXIT.outputLimit, error: { type: 'SandboxLimit', message: limitMessage('output', this.limits), limit } };
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
      if (!this.sandboxGone && this.shouldRecycle()) {
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

  /** Kills the sandbox now (e.g. a second Ctrl-C on a native loop). The session is dead afterwards. */
  async kill(): Promise<void> {
    this.deathReason ??= { limit: null, message: 'killed' };
    await this.sandbox.terminate();
  }

  /**
   * Ends the interpreter: its sandbox process is killed at once. It does not wait for the operating system to
   * tear the process down (that takes milliseconds for a large heap), and nothing of it keeps the host alive.
   */
  async dispose(): Promise<void> {
    this.deathReason ??= { limit: null, message: 'disposed' };
    this.sandboxGone = true;
    this.pendingReply?.reject(new Error('the interpreter was disposed'));
    this.sandbox.abandon();
    this.runAbort.abort();
    if (this.disposed) return;
    this.disposed = true;
    await this.options.onDispose?.();
  }

  /** Test hook: evaluates JavaScript directly in the guest's isolate (only in sessions made by createWithTestHooks). */
  [EVAL_GUEST_JAVASCRIPT](code: string): Promise<unknown> {
    return this.serialised(async () => {
      const json = await this.request({ type: 'evalGuest', id: this.nextId++, code }, 5000);
      return json === undefined ? undefined : JSON.parse(json) as unknown;
    });
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

/** Bad limits are a usage error: one line naming the option and what is wrong with it. */
function parseLimits(input: LimitsInput | undefined): Limits {
  const parsed = limitsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RangeError(`invalid sandbox limit ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

/** What a sandbox process's death means: V8 stops a process at its heap limit with a fatal error on stderr. */
function causeOfExit(exit: SandboxExit): { limit: LimitKind | null; message: string } {
  const fatalMemory = /heap out of memory|invalid (?:array|string|table) (?:length|size)|Fatal JavaScript invalid size|allocation failed|CALL_AND_RETRY_LAST/i;
  if (fatalMemory.test(exit.stderrTail)) return { limit: 'memory', message: 'the sandbox process ran out of memory' };
  return { limit: null, message: `the sandbox process exited (${exit.signal ?? `code ${exit.code}`})` };
}

/** The line a limit stop adds to stderr: which limit, its value, and the option that sets it. */
export function limitNotice(limit: LimitKind, limits: Limits): string {
  switch (limit) {
    case 'time': return `\nperspective-sandbox: stopped: ${limitMessage('time', limits)} (--timeout)\n`;
    case 'memory': return `MemoryError: ${limitMessage('memory', limits)} (--memory-limit)\n`;
    case 'output': return `\nperspective-sandbox: stopped: ${limitMessage('output', limits)}; the output above is cut there (--output-limit)\n`;
    case 'recursion': return '';
  }
}
