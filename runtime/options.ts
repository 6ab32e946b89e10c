import { z } from 'zod';

/** Sandbox limits. Every limit holds against hostile scripts; see README "Security model". */
export const limitsSchema = z.object({
  /** Wall-clock seconds one run (a script, a REPL entry, a doctest example) may take. */
  timeoutSeconds: z.number().positive().max(86_400).default(30),
  /** Heap cap of the sandbox worker, in MB. */
  memoryLimitMb: z.number().int().min(32).max(16_384).default(256),
  /** Bytes of stdout + stderr one run may print before it is stopped. */
  outputLimitBytes: z.number().int().positive().default(10_000_000),
  /** Python call depth, as sys.getrecursionlimit (Jython's default is 1000). */
  recursionLimit: z.number().int().min(10).max(20_000).default(1000),
});
export type Limits = z.infer<typeof limitsSchema>;
export type LimitsInput = z.input<typeof limitsSchema>;

export const DEFAULT_LIMITS: Limits = limitsSchema.parse({});

export { EXIT } from './exit-codes.js';

/** How long past the deadline the host waits for the guest to stop itself before killing its worker. */
export const HARD_KILL_GRACE_MS = 400;
