/**
 * The one wire contract of the sandbox: every message that crosses between the host, the sandbox process and
 * the guest (the code inside the isolate) is declared here, once, as plain types. All three sides import this
 * module; it has no imports and no code beyond constants and the texts both sides report limits with.
 *
 *   host (Interpreter) ──IPC──▶ sandbox process (sandbox-main.ts) ──isolated-vm──▶ guest (runtime/guest)
 *
 * Trust runs one way. The host validates everything it receives with zod (runtime/protocol.ts), because the
 * sandbox process runs attacker-influenced code; the sandbox process and the guest trust what the host sends.
 */

/** 'exec' runs statements; 'single' also echoes the repr of expression statements (REPL, doctest). */
export type ExecMode = 'exec' | 'single';

/** Which limit stopped a run. */
export type LimitKind = 'time' | 'memory' | 'output' | 'recursion';

/** Sandbox limits, as the host's options hold them. */
export interface Limits {
  /** Wall-clock seconds one run (a script, a REPL entry, a doctest example) may take, host calls included. */
  readonly timeoutSeconds: number;
  /** Heap cap of the sandbox's isolate, in MB. */
  readonly memoryLimitMb: number;
  /** Bytes of stdout + stderr (tracebacks included) one run may print before it is stopped. */
  readonly outputLimitBytes: number;
  /** Python call depth, as sys.getrecursionlimit (Jython's default is 1000). */
  readonly recursionLimit: number;
}

/** The defaults, in one place (options.ts builds its schema from them). */
export const DEFAULT_LIMITS: Limits = { timeoutSeconds: 30, memoryLimitMb: 256, outputLimitBytes: 10_000_000, recursionLimit: 1000 };

/**
 * What a limit stop says, the same text whichever side reports it (the guest when it stops a run itself, the
 * host when the sandbox died at the limit). Values in the host's units (Limits).
 */
export function limitMessage(limit: LimitKind, limits: Pick<Limits, 'timeoutSeconds' | 'memoryLimitMb' | 'outputLimitBytes'>): string {
  switch (limit) {
    case 'time': return `time limit of ${limits.timeoutSeconds} s exceeded`;
    case 'memory': return `memory limit of ${limits.memoryLimitMb} MB exceeded`;
    case 'output': return `output limit of ${limits.outputLimitBytes} bytes exceeded`;
    case 'recursion': return 'maximum recursion depth exceeded';
  }
}

/** The limits as the guest enforces them (in its own units). */
export interface GuestLimits {
  readonly timeoutMs: number;
  readonly outputLimitBytes: number;
  readonly recursionLimit: number;
  readonly memoryLimitBytes: number;
}

/** A host function answered by guest-side code (see GuestServed in runtime/host-module.ts). */
export interface GuestServedDecl {
  /** The name the implementation registered under in the guest bundle. */
  readonly implementation: string;
  /** The declaring module's JSON settings for it. */
  readonly settings: unknown;
}

/** A host function as the guest sees it: a Python built-in with a declared signature. */
export interface HostFunctionDecl {
  readonly name: string;
  readonly params: ReadonlyArray<{ readonly name: string; readonly default?: unknown }>;
  readonly doc: string;
  /** Present when guest-side code answers the calls. */
  readonly guestServed?: GuestServedDecl;
}

/** The serialisable part of a host module tree, sent into the sandbox. */
export interface ModuleDecl {
  readonly name: string;
  readonly doc: string;
  readonly functions: readonly HostFunctionDecl[];
  readonly submodules: readonly ModuleDecl[];
  /** Members implemented by a Python module of the guest bundle (see GuestModuleRef), loaded on first use. */
  readonly guestModules?: ReadonlyArray<{ readonly name: string; readonly module: string }>;
  /** Members written in Python, run inside the sandbox on first use (see HostModule.python). */
  readonly python?: PythonPartDecl;
  /** Names that exist elsewhere but not here: reading one raises NotImplementedError with `unavailableMessage`. */
  readonly unavailable?: readonly string[];
  /** The message for an unavailable name; `{name}` is replaced by the member's dotted path. */
  readonly unavailableMessage?: string;
}

/** Python source defining some members of a host module, with JSON constants bound in its globals first. */
export interface PythonPartDecl {
  readonly source: string;
  /** The file name its tracebacks show. */
  readonly filename: string;
  /** Member name → the name the source defines it under (a member may be a keyword: `print`). */
  readonly exports: Readonly<Record<string, string>>;
  readonly constants: Readonly<Record<string, unknown>>;
}

/**
 * A tree of Python packages given as sources (e.g. an Ignition project library): every module is a package
 * (`A.B.C` is `A/B/C/__init__`), loaded on first import or first use, once per run.
 */
export interface SourcePackagesDecl {
  /** Every module with its source; packages named only as prefixes of these are empty. */
  readonly modules: ReadonlyArray<{ readonly name: string; readonly file: string; readonly source: string }>;
  /** Bind the top-level packages as lazy builtins, so scripts use them without an import. */
  readonly bindTopLevel: boolean;
}

/**
 * The machine a script believes it runs on: what a JVM takes from its host (default time zone, host name,
 * default locale). Pure data; the guest never sees the real machine's.
 */
export interface GuestEnvironment {
  /**
   * An IANA time zone id, e.g. 'UTC' or 'America/New_York'. Absent: the machine's own zone, which the guest
   * reads from its Intl when a script first needs it (the sandbox process gets the host's `TZ`); reading it on
   * the host would cost every run ~15 ms of ICU start-up.
   */
  readonly timezone?: string;
  readonly hostname: string;
  /** A Java locale tag, e.g. 'en_US'. */
  readonly locale: string;
}

/** What the guest is configured with, once per isolate. */
export interface GuestConfig {
  readonly limits: GuestLimits;
  readonly modules: readonly ModuleDecl[];
  /** Host modules also bound as builtins, so scripts use them without an import (like `system` in Ignition). */
  readonly builtinModules: readonly string[];
  readonly strings: 'unicode' | 'str';
  /** sys.argv (default `['']`, as an interactive Python has). */
  readonly argv?: readonly string[];
  /** Default zone, host name and locale (default: UTC, 'localhost', 'en_US'). */
  readonly environment?: GuestEnvironment;
  /** Python packages given as sources (see SourcePackagesDecl). */
  readonly sourcePackages?: SourcePackagesDecl;
}

/** One piece of source to run. */
export interface ExecRequest {
  readonly source: string;
  readonly filename: string;
  readonly mode: ExecMode;
  /** This run's wall-clock limit (default: the configured one). */
  readonly timeoutMs?: number;
  /** Globals bound before the run, as JSON (converted as host call results are). */
  readonly globals?: Readonly<Record<string, unknown>>;
  /** A value to send back after the run: the last expression statement's, or a global's. */
  readonly capture?: ValueCapture;
  /** This source compiled before (a cached CompiledScript): run it instead of compiling, if its name is the run's. */
  readonly compiled?: CompiledScript;
  /** Send the compiled script (bridge.compiled) before running it, for the host to keep. */
  readonly reportCompiled?: boolean;
}

/** A script as the guest's compiler made it: the run's compile name, and the generated module (code, function). */
export interface CompiledScript {
  readonly name: string;
  readonly funcname: string;
  readonly code: string;
}

/** Which value a run sends back as plain data (see ExecRequest.capture). */
export type ValueCapture = { readonly kind: 'last' } | { readonly kind: 'global'; readonly name: string };

/** A value sent back after a run: plain JSON, nothing to send, or why it has no plain form. */
export type CapturedValue =
  | { readonly kind: 'value'; readonly json: unknown }
  | { readonly kind: 'none' }
  | { readonly kind: 'unconvertible'; readonly message: string };

/** What a run ended with. */
export interface ExecOutcome {
  readonly status: 'ok' | 'exception' | 'exit' | 'limit' | 'interrupted';
  readonly exitCode: number;
  readonly error?: { readonly type: string; readonly message: string; readonly limit?: LimitKind | undefined } | undefined;
  /** Present when the request asked for a value (ExecRequest.capture) and the run ended normally. */
  readonly value?: CapturedValue | undefined;
}

/** Whether REPL input is complete, needs more lines, or cannot compile. */
export interface Completeness {
  readonly status: 'complete' | 'incomplete' | 'invalid';
  readonly message?: string | undefined;
}

/** The answer to a host call: a JSON value to convert to Python, or a Python exception to raise. */
export type HostCallReply =
  | { readonly ok: unknown }
  | { readonly error: { readonly type: string; readonly message: string } };

/**
 * A guest-served function's request for the host's current value: the bound arguments and the version of the
 * copy the guest holds (null: none). The host answers with a CurrentValueReply, or with a HostCallReply when
 * it has no current value (it then ran the function itself).
 */
export interface CurrentValueRequest {
  readonly args: readonly unknown[];
  readonly held: number | null;
}

/** The host's current value: its version, the per-call `fresh` data, and the value itself if `held` is stale. */
export interface CurrentValueReply {
  readonly current: { readonly version: number; readonly fresh: unknown; readonly value?: unknown };
}

/** Host → sandbox process. */
export type SandboxRequest =
  /** moduleCaches: library modules (by module file, 'src/lib/json.py') to make V8 code caches of before 'ready'. */
  | { readonly type: 'init'; readonly config: GuestConfig; readonly testHooks: boolean; readonly moduleCaches?: readonly string[] }
  | { readonly type: 'exec'; readonly id: number; readonly request: ExecRequest; readonly timeoutMs: number }
  | { readonly type: 'completeness'; readonly id: number; readonly source: string }
  | { readonly type: 'completions'; readonly id: number; readonly text: string }
  /** Replaces the isolate with a fresh one: nothing of the old one (Python or JavaScript state) survives. */
  | { readonly type: 'reset'; readonly id: number }
  /** Raise KeyboardInterrupt at the running code's next check. */
  | { readonly type: 'interrupt' }
  /** Stop the running code as at its deadline (the caller's AbortSignal). */
  | { readonly type: 'abort' }
  /** The reply to a host call ('call' below), as JSON text of a HostCallReply or a CurrentValueReply. */
  | { readonly type: 'callReply'; readonly id: number; readonly json: string }
  /** Test-only (refused unless init set testHooks): evaluate JavaScript directly inside the guest's isolate. */
  | { readonly type: 'evalGuest'; readonly id: number; readonly code: string };

/** Sandbox process → host. Every one is validated by the host before use. */
export type SandboxMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  /**
   * A V8 code cache, produced before any guest code ran: for one of the scripts the sandbox loads (file: its path),
   * or for a library module the init asked for (file: `module:<module file>`).
   */
  | { readonly type: 'codeCache'; readonly file: string; readonly base64: string }
  /** The script of the current exec, compiled, before it runs (only when the request asked: reportCompiled). */
  | ({ readonly type: 'compiled' } & CompiledScript)
  /** A library module was evaluated without a code cache from the cache directory: a later start may make one. */
  | { readonly type: 'moduleCacheWanted'; readonly name: string }
  | { readonly type: 'output'; readonly stream: 'stdout' | 'stderr'; readonly text: string }
  /** A host function call: a dotted path and JSON arguments. */
  | { readonly type: 'call'; readonly id: number; readonly path: string; readonly args: string }
  /** The answer to a request: JSON text (an ExecOutcome, a Completeness, a list of strings, ...). */
  | { readonly type: 'reply'; readonly id: number; readonly json: string; readonly heapUsed: number }
  /** The run was stopped from outside the guest (isolate terminated or disposed); the isolate is gone. */
  | { readonly type: 'stopped'; readonly id: number; readonly limit: LimitKind | null; readonly message: string };

/** Bytes a run may print beyond its output limit for the runtime's own notices (a cut traceback's note). */
export const OUTPUT_NOTICE_ALLOWANCE = 1024;
