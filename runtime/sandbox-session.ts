import { MessageChannel, type Worker } from 'node:worker_threads';
import { z } from 'zod';
import { declareModule, findHostFunction, PythonError, type HostModule, type HostTable, type HostTableSnapshot } from './host-module.js';
import { DEFAULT_LIMITS, EXIT, HARD_KILL_GRACE_MS, limitsSchema, type Limits, type LimitsInput } from './options.js';
import { completenessSchema, execOutcomeSchema, hostCallSchema, stringListSchema, type Completeness, type ExecMode, type ExecOutcome, type HostCallReply, type LimitKind } from './protocol.js';
import type { RunResult } from './result.js';
import { spawnSandboxWorker, takePrestartedWorker } from './worker/spawn-worker.js';
import type { WorkerInit, WorkerMessage, WorkerRequest } from './worker/worker-protocol.js';

/** A call to a function with a host table (see HostTable): its arguments and the table version the guest holds. */
const tableCallSchema = z.object({ args: z.array(z.unknown()).max(64), tableVersion: z.number().nullable() });
/** The answer to a table call: the table's version and clock, with its rows when the guest's copy is stale. */
type TableCallReply = { table: { version: number; now: number; rows?: HostTableSnapshot['rows'] } };
/** Filtered calls a table function serves per call before it sends the guest the table (see useTable). */
const FILTERED_CALLS_BEFORE_TABLE = 3;

export interface SessionOptions {
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
  /** When `reset()` starts a fresh worker instead of clearing the old one, to bound the heap of long-lived hosts. */
  readonly recycle?: RecyclePolicy;
}

/**
 * Skulpt's heap grows with some imports and never shrinks, so a long-lived session (REPL, doctest pool, a
 * service) replaces its worker at a `reset()` once it has run `afterRuns` times or its heap passed
 * `afterHeapMb`. Replacing costs one worker start (tens of ms); a reset otherwise costs about a millisecond.
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
 * A Python interpreter in its own worker thread and vm context, with limits. Globals persist across
 * `exec` calls until `reset()`. Runs are serialised: one at a time per session.
 */
export class PythonSession {
  readonly limits: Limits;
  private worker!: Worker;
  private control!: Int32Array;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private pendingReply: { id: number; resolve: (json: string) => void; reject: (err: Error) => void } | undefined;
  private run: { stdout: string; stderr: string } | undefined;
  private deathReason: { limit: LimitKind | null; message: string } | undefined;
  private workerGone = false;
  /** Runs since this worker started, and its heap after the last request (for the recycle policy). */
  private runsOnWorker = 0;
  private workerHeapBytes = 0;
  /** Filtered table calls served per call while this worker held no copy of the table, by function path. */
  private filteredCallsBeforeTable = new Map<string, number>();

  private constructor(private readonly options: SessionOptions) {
    this.limits = limitsSchema.parse(options.limits ?? {});
  }

  static async create(options: SessionOptions = {}): Promise<PythonSession> {
    const session = new PythonSession(options);
    await session.start();
    return session;
  }

  /** True until the worker has been killed (by a hard limit or dispose). */
  get alive(): boolean {
    return !this.workerGone;
  }

  private start(): Promise<void> {
    const modules = this.options.modules ?? {};
    const config = {
      limits: {
        timeoutMs: this.limits.timeoutSeconds * 1000,
        outputLimitBytes: this.limits.outputLimitBytes,
        recursionLimit: this.limits.recursionLimit,
        memoryLimitBytes: this.limits.memoryLimitMb * 1048576,
      },
      modules: Object.entries(modules).map(([name, module]) => declareModule(name, module)),
      builtinModules: this.options.builtinModules ?? [],
      strings: this.options.hostStrings ?? 'str',
    };
    const channel = new MessageChannel();
    const callSignal = new SharedArrayBuffer(4);
    const init: WorkerInit = { type: 'init', configJson: JSON.stringify(config), callPort: channel.port2, callSignal };
    this.deathReason = undefined;
    this.workerGone = false;
    this.runsOnWorker = 0;
    this.workerHeapBytes = 0;
    this.filteredCallsBeforeTable = new Map();
    const worker = takePrestartedWorker(this.limits.memoryLimitMb) ?? spawnSandboxWorker(this.limits.memoryLimitMb);
    this.worker = worker;
    worker.postMessage(init, [channel.port2]);
    const signal = new Int32Array(callSignal);
    channel.port1.on('message', (message: unknown) => {
      void this.serveHostCall(message, modules).then((reply) => {
        channel.port1.postMessage(JSON.stringify(reply));
        Atomics.store(signal, 0, 1);
        Atomics.notify(signal, 0);
      });
    });
    channel.port1.unref();
    return new Promise((resolve, reject) => {
      // Events of a worker this session has since replaced (recycle) are ignored.
      worker.on('message', (message: WorkerMessage) => {
        if (this.worker !== worker) return;
        switch (message.type) {
          case 'ready':
            this.control = new Int32Array(message.control);
            resolve();
            break;
          case 'failed':
            reject(new Error(`sandbox failed to start: ${message.message}`));
            break;
          case 'output':
            this.output(message.stream, message.text);
            break;
          case 'reply':
            this.workerHeapBytes = message.heapUsed;
            if (this.pendingReply?.id === message.id) this.pendingReply.resolve(message.json);
            break;
        }
      });
      worker.on('error', (err: Error & { code?: string }) => {
        if (this.worker !== worker) return;
        const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.deathReason ??= { limit: oom ? 'memory' : null, message: err.message };
        reject(err);
      });
      worker.on('exit', () => {
        channel.port1.close();
        if (this.worker !== worker) return;
        this.workerGone = true;
        this.pendingReply?.reject(new Error('sandbox worker exited'));
      });
    });
  }

  private output(stream: 'stdout' | 'stderr', text: string): void {
    if (this.run !== undefined) this.run[stream] += text;
    const sink = stream === 'stdout' ? this.options.onStdout : this.options.onStderr;
    sink?.(text);
  }

  private async serveHostCall(message: unknown, modules: Readonly<Record<string, HostModule>>): Promise<HostCallReply | TableCallReply> {
    try {
      const body: unknown = JSON.parse(String((message as { args?: unknown }).args));
      // A table call ({args, tableVersion}) names the version of the table the guest holds (null: none yet).
      const tableCall = Array.isArray(body) ? undefined : tableCallSchema.parse(body);
      const call = hostCallSchema.parse({ ...(message as object), args: tableCall?.args ?? body });
      const fn = findHostFunction(modules, call.path);
      if (fn === undefined) return { error: { type: 'AttributeError', message: `no host function ${call.path}` } };
      const named: Record<string, unknown> = {};
      fn.params.forEach((param, i) => { named[param.name] = call.args[i] ?? null; });
      if (tableCall !== undefined && fn.table !== undefined && this.useTable(call.path, fn.table, named, tableCall.tableVersion)) {
        fn.check?.(named);
        const snapshot = fn.table.snapshot();
        if (snapshot !== undefined) {
          const now = snapshot.now ?? Date.now();
          return snapshot.version === tableCall.tableVersion
            ? { table: { version: snapshot.version, now } }
            : { table: { version: snapshot.version, now, rows: snapshot.rows } };
        }
      }
      const value = await fn.call(named);
      return { ok: value ?? null };
    } catch (err) {
      if (err instanceof PythonError) return { error: { type: err.pyType, message: err.message } };
      return { error: { type: 'IOError', message: err instanceof Error ? err.message : String(err) } };
    }
  }

  /**
   * Whether to answer a table call from the table. A few filtered calls before the guest holds a copy go the
   * per-call path: a script that asks for one user's sessions once should not pay for copying every row.
   */
  private useTable(path: string, table: HostTable, args: Readonly<Record<string, unknown>>, guestVersion: number | null): boolean {
    if (guestVersion !== null || !Object.keys(table.filters).some((param) => args[param] !== null && args[param] !== undefined)) return true;
    const calls = (this.filteredCallsBeforeTable.get(path) ?? 0) + 1;
    this.filteredCallsBeforeTable.set(path, calls);
    return calls > FILTERED_CALLS_BEFORE_TABLE;
  }

  private request(request: WorkerRequest, deadlineMs?: number): Promise<string> {
    if (this.workerGone) return Promise.reject(new Error('the sandbox session has ended'));
    return new Promise<string>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (fn: () => void) => {
        if (timer !== undefined) clearTimeout(timer);
        this.pendingReply = undefined;
        fn();
      };
      this.pendingReply = {
        id: request.id,
        resolve: (json) => done(() => resolve(json)),
        reject: (err) => done(() => reject(err)),
      };
      if (deadlineMs !== undefined) {
        timer = setTimeout(() => {
          this.deathReason ??= { limit: 'time', message: 'killed at the deadline' };
          void this.worker.terminate();
        }, deadlineMs);
      }
      this.worker.postMessage(request);
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
      if (this.workerGone) {
        const message = 'the sandbox session has ended (stopped at a hard limit, or disposed); create a new one';
        this.options.onStderr?.(`perspective-sandbox: ${message}\n`);
        return { ok: false, exitCode: EXIT.exception, stdout: '', stderr: `perspective-sandbox: ${message}\n`, error: { type: 'SystemError', message } };
      }
      const run = { stdout: '', stderr: '' };
      this.run = run;
      this.runsOnWorker++;
      let outcome: ExecOutcome;
      let died = false;
      try {
        const json = await this.request(
          { type: 'exec', id: this.nextId++, source, filename: options.filename ?? '<string>', mode: options.mode ?? 'exec' },
          this.limits.timeoutSeconds * 1000 + HARD_KILL_GRACE_MS,
        );
        outcome = execOutcomeSchema.parse(JSON.parse(json));
      } catch {
        died = true;
        outcome = this.outcomeOfDeath();
      } finally {
        this.run = undefined;
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
    if (limit === 'memory') {
      return { status: 'limit', exitCode: EXIT.memoryLimit, error: { type: 'MemoryError', message: limitMessage('memory', this.limits), limit } };
    }
    if (limit === 'time') {
      return { status: 'limit', exitCode: EXIT.timeLimit, error: { type: 'SandboxLimit', message: limitMessage('time', this.limits), limit } };
    }
    return { status: 'exception', exitCode: EXIT.exception, error: { type: 'SystemError', message: `sandbox worker died: ${this.deathReason?.message ?? 'unknown'}` } };
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
   * Drops all globals and rebuilds builtins and host modules. Under the recycle policy (default
   * DEFAULT_RECYCLE_POLICY) it starts a fresh worker instead, which also returns the old heap.
   */
  reset(): Promise<void> {
    return this.serialised(async () => {
      if (!this.workerGone && this.shouldRecycle()) {
        const old = this.worker;
        await this.start();
        await old.terminate();
        return;
      }
      await this.request({ type: 'reset', id: this.nextId++ }, 5000);
    });
  }

  private shouldRecycle(): boolean {
    const policy = { ...DEFAULT_RECYCLE_POLICY, ...this.options.recycle };
    return this.runsOnWorker >= policy.afterRuns || this.workerHeapBytes >= policy.afterHeapMb * 1048576;
  }

  /** Runs and heap of the current worker (what the recycle policy looks at). */
  workerStats(): { runs: number; heapUsedBytes: number } {
    return { runs: this.runsOnWorker, heapUsedBytes: this.workerHeapBytes };
  }

  /** Raises KeyboardInterrupt in the running code at its next block boundary. */
  interrupt(): void {
    if (!this.workerGone) Atomics.add(this.control, 0, 1);
  }

  /** Kills the worker now (e.g. a second Ctrl-C on a native loop). The session is dead afterwards. */
  async kill(): Promise<void> {
    this.deathReason ??= { limit: null, message: 'killed' };
    await this.worker.terminate();
  }

  async dispose(): Promise<void> {
    if (!this.workerGone) await this.worker.terminate();
  }
}

function limitMessage(limit: LimitKind, limits: Limits): string {
  switch (limit) {
    case 'time': return `time limit of ${limits.timeoutSeconds} s exceeded`;
    case 'memory': return `memory limit of ${limits.memoryLimitMb} MB exceeded`;
    case 'output': return `output limit of ${limits.outputLimitBytes} bytes exceeded`;
    case 'recursion': return 'maximum recursion depth exceeded';
  }
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
