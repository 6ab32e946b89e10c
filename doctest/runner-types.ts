/**
 * The seam between the doctest engine and whatever runs Python.
 * The engine never imports the sandbox runtime; it receives an ExecutorFactory.
 */

export type ExecMode = 'exec' | 'single';

export interface ExecOptions {
  /** Shown in tracebacks; the document's path. */
  readonly filename: string;
  /** 1-based line of the example's first source line inside the document, so tracebacks point into the document. */
  readonly firstLine: number;
  /** 'exec' runs a block; 'single' is interactive: each expression statement echoes repr(value) unless it is None. */
  readonly mode: ExecMode;
}

export interface ExecException {
  /** Exception class name as Python prints it, e.g. 'ValueError' (module-qualified names are accepted too). */
  readonly type: string;
  readonly message: string;
}

export interface ExecOutcome {
  readonly stdout: string;
  readonly stderr: string;
  /** The uncaught exception, or null when the example completed. */
  readonly exception: ExecException | null;
  /** 0 when the example completed; anything else is a failure even without an exception (sys.exit(n), limits). */
  readonly exitCode: number;
  /** What the example did to sessions (messages, popups...), one line per effect (bindings' effectLine), when known. */
  readonly effects?: readonly string[];
}

/** One per document: the examples of one document share a namespace and run in document order. */
export interface ExampleExecutor {
  exec(source: string, opts: ExecOptions): Promise<ExecOutcome>;
  dispose(): Promise<void>;
}

export type IgnitionVersion = '8.0' | '8.1';

export interface ExecutorDocument {
  /** Absolute path of the document. */
  readonly path: string;
  /** Absolute path of the sessions fixture for this document, or null for the runtime's default fixture. */
  readonly sessionsFile: string | null;
  /** Version to emulate for this document, or null for the run's default. */
  readonly ignitionVersion: IgnitionVersion | null;
}

/**
 * Opens the executor for one document. A factory that keeps warm interpreters between documents exposes `close`,
 * which the engine calls once at the end of the run.
 */
export type ExecutorFactory = ((doc: ExecutorDocument) => Promise<ExampleExecutor>) & {
  close?: () => Promise<void>;
};
