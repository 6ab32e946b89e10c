import type { LimitKind } from './protocol.js';

/** The outcome of running Python, as `runPython` and `Interpreter.exec` report it. */
export interface RunResult {
  /** True when the code ran to the end (or called sys.exit(0)). */
  readonly ok: boolean;
  /** 0 ok, 1 uncaught exception, n for sys.exit(n), 3/4/5 time/memory/output limit, 130 KeyboardInterrupt. */
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: RunError;
  /** Set when the code ended by calling sys.exit (or raising SystemExit), whatever the code. */
  readonly exited?: true;
}

export interface RunError {
  /** The Python exception type (e.g. "KeyError", "__main__.MyError"), or "SandboxLimit" for a limit stop. */
  readonly type: string;
  readonly message: string;
  /** Set when a sandbox limit stopped the run. */
  readonly limit?: LimitKind | undefined;
}
