import { z } from 'zod';
import { parseOptions } from './parse-options.js';
import type { EnvironmentInput, LimitsInput } from './option-types.js';

export type { EnvironmentInput, LimitsInput };
import { DEFAULT_LIMITS, type GuestEnvironment, type Limits as WireLimits } from './wire.js';

/** Wall-clock seconds one run may take (also a run's own `timeoutSeconds`). */
export const timeoutSecondsSchema = z.number().positive().max(86_400);

/** Sandbox limits. Every limit holds against hostile scripts; see README "Security model". Defaults: wire.ts. */
export const limitsSchema = z.object({
  /** Wall-clock seconds one run (a script, a REPL entry, a doctest example) may take, host calls included. */
  timeoutSeconds: timeoutSecondsSchema.default(DEFAULT_LIMITS.timeoutSeconds),
  /** Heap cap of the sandbox's isolate, in MB. */
  memoryLimitMb: z.number().int().min(32).max(16_384).default(DEFAULT_LIMITS.memoryLimitMb),
  /** Bytes of stdout + stderr one run may print before it is stopped. */
  outputLimitBytes: z.number().int().positive().max(2 ** 40).default(DEFAULT_LIMITS.outputLimitBytes),
  /** Python call depth, as sys.getrecursionlimit (Jython's default is 1000). */
  recursionLimit: z.number().int().min(10).max(20_000).default(DEFAULT_LIMITS.recursionLimit),
}) satisfies z.ZodType<WireLimits, unknown>;
export type Limits = WireLimits;

limitsSchema satisfies z.ZodType<Limits, LimitsInput>;

export { DEFAULT_LIMITS };
export { EXIT } from './exit-codes.js';

/** Whether the isolate's Intl (the same ICU data as the host's) knows an IANA time zone id. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A host name: letters, digits, dots and hyphens, starting and ending with a letter or digit. */
export const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

/** The machine scripts see (GuestEnvironment); every field has a default. */
export const environmentSchema = z.object({
  timezone: z.string().refine(isKnownTimeZone, { message: 'unknown time zone' }).optional(),
  hostname: z.string().max(253).regex(HOSTNAME, { message: 'not a valid host name' }).optional(),
  locale: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, { message: 'not a Java locale such as en_US' }).optional(),
});
environmentSchema satisfies z.ZodType<EnvironmentInput, EnvironmentInput>;

export function resolveEnvironment(input: EnvironmentInput | undefined): GuestEnvironment {
  const parsed = parseOptions(environmentSchema, input ?? {}, 'environment');
  // No zone given: the guest takes the machine's own (TZ, else the system's), as a JVM started here would.
  return { ...(parsed.timezone !== undefined ? { timezone: parsed.timezone } : {}), hostname: parsed.hostname ?? 'localhost', locale: parsed.locale ?? 'en_US' };
}
