/** The options the library takes for limits and the machine scripts see, as plain types (checked in options.ts). */

/** Sandbox limits as options take them; every one is optional (defaults: DEFAULT_LIMITS). */
export interface LimitsInput {
  /** Wall-clock seconds one run (a script, a REPL entry, a doctest example) may take, host calls included (default 30). */
  readonly timeoutSeconds?: number | undefined;
  /** Heap cap of the sandbox's isolate, in MB (default 256, at least 32). */
  readonly memoryLimitMb?: number | undefined;
  /** Bytes of stdout + stderr one run may print before it is stopped (default 10 000 000). */
  readonly outputLimitBytes?: number | undefined;
  /** Python call depth, as sys.getrecursionlimit (default 1000, as Jython). */
  readonly recursionLimit?: number | undefined;
}
/** The machine scripts see: every field optional. */
export interface EnvironmentInput {
  /** An IANA time zone id (default: this process's). */
  readonly timezone?: string | undefined;
  /** The host name (default 'localhost'). */
  readonly hostname?: string | undefined;
  /** A Java locale such as en_US (default). */
  readonly locale?: string | undefined;
}
