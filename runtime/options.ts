import { z } from 'zod';
import { DEFAULT_LIMITS, type Limits as WireLimits } from './wire.js';

/** Sandbox limits. Every limit holds against hostile scripts; see README "Security model". Defaults: wire.ts. */
export const limitsSchema = z.object({
  /** Wall-clock seconds one run (a script, a REPL entry, a doctest example) may take, host calls included. */
  timeoutSeconds: z.number().positive().max(86_400).default(DEFAULT_LIMITS.timeoutSeconds),
  /** Heap cap of the sandbox's isolate, in MB. */
  memoryLimitMb: z.number().int().min(32).max(16_384).default(DEFAULT_LIMITS.memoryLimitMb),
  /** Bytes of stdout + stderr one run may print before it is stopped. */
  outputLimitBytes: z.number().int().positive().max(2 ** 40).default(DEFAULT_LIMITS.outputLimitBytes),
  /** Python call depth, as sys.getrecursionlimit (Jython's default is 1000). */
  recursionLimit: z.number().int().min(10).max(20_000).default(DEFAULT_LIMITS.recursionLimit),
}) satisfies z.ZodType<WireLimits, unknown>;
export type Limits = WireLimits;
export type LimitsInput = z.input<typeof limitsSchema>;

export { DEFAULT_LIMITS };
export { EXIT } from './exit-codes.js';
