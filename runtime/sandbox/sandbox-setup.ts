/**
 * What the host tells the sandbox process on its command line, and the transport's fixed bounds. Shared by
 * both sides; no imports, so the cold-start stub can use it.
 */
export interface SandboxSetup {
  /** Skulpt, its library and the guest bundle, evaluated in each isolate in this order. */
  readonly scripts: readonly string[];
  /** Where V8 code caches are read from (the host writes them); undefined disables them. */
  readonly cacheDir: string | undefined;
  /** The isolated-vm entry file, loaded by path (the process may read nothing else of node_modules). */
  readonly ivmPath: string;
  /** The heap cap of each isolate. */
  readonly memoryLimitMb: number;
  /** The library modules the build compiled (dist/compiled: index.json and the code), if present. */
  readonly compiledModulesDir: string | undefined;
}

/** How long past a run's deadline the guest may take to stop itself before its isolate is terminated. */
export const HARD_STOP_GRACE_MS = 400;
/** The host kills the sandbox process this long after the isolate should have been terminated. */
export const PROCESS_KILL_GRACE_MS = 1500;
/** A host call's JSON arguments, at most. */
export const MAX_CALL_ARGS_BYTES = 1 << 20;
/** Frames from the sandbox process (untrusted), at most; a longer one ends it. */
export const MAX_SANDBOX_FRAME_BYTES = 64 << 20;
/** Frames from the host (table rows can be large), at most. */
export const MAX_HOST_FRAME_BYTES = 1 << 30;
/** Output travels in chunks of at most this many characters. */
export const OUTPUT_CHUNK_CHARS = 64 * 1024;
