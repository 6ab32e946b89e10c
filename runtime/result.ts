import type { LimitKind } from './wire.js';
import type { PlainValue } from './plain-value.js';

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
  /**
   * Set when a hard limit (or `kill()`) had ended the interpreter's sandbox process and this run started a new
   * one: the globals of earlier runs are gone.
   */
  readonly restarted?: true;
  /** Set when the run's AbortSignal stopped it (error type 'Aborted', exit code 130). */
  readonly aborted?: true;
}

/** Why a run failed. */
export interface RunError {
  /**
   * The Python exception type (e.g. "KeyError", "__main__.MyError"); "SandboxLimit" when a sandbox limit stopped
   * the run (`limit` says which), "Aborted" when its AbortSignal did.
   */
  readonly type: string;
  readonly message: string;
  /**
   * Which limit: 'time', 'memory' or 'output' with type "SandboxLimit"; 'recursion' with the Python
   * RuntimeError of too deep a recursion, which code can catch as in Jython.
   */
  readonly limit?: LimitKind | undefined;
}

/** The outcome of `evaluate`: a RunResult, and the value of the last expression as plain data. */
export interface EvaluateResult extends RunResult {
  /** The last statement's value, when it is an expression and the run ended normally (Python None is null). */
  readonly value?: PlainValue;
}
