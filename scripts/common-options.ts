import { z } from 'zod';
import { BackendUnavailableError, type SessionBackend } from '../bindings/backend.js';
import { checkGateway, GatewayBackend } from '../bindings/backends/gateway.js';
import { FixtureBackend, FixtureError } from '../bindings/backends/fixture.js';
import { IGNITION_VERSIONS } from '../bindings/session.js';
import { ProjectLibraryError } from '../bindings/project/library.js';
import { LOG_LEVELS } from '../bindings/util/index.js';
import { DEFAULT_LIMITS, EXIT, HOSTNAME, isKnownTimeZone, type LimitsInput } from '../runtime/index.js';
import { UsageError, type OptionSpecs } from './command-line.js';
import type { CommandIo } from './io.js';

/** Options every command that runs Python shares: where sessions come from, the Ignition version, limits. */
export const SHARED_OPTION_SPEC = {
  sessions: { type: 'string', value: 'FILE.json' },
  'sessions-max-mb': { type: 'string', value: 'MB' },
  gateway: { type: 'string', value: 'URL' },
  token: { type: 'string', value: 'TOKEN' },
  'ignition-version': { type: 'string', value: '8.0|8.1' },
  timeout: { type: 'string', value: 'SECONDS' },
  'memory-limit': { type: 'string', value: 'MB' },
  'output-limit': { type: 'string', value: 'BYTES' },
  'recursion-limit': { type: 'string', value: 'N' },
  'limit-exit-codes': { type: 'boolean' },
  timezone: { type: 'string', value: 'ZONE' },
  hostname: { type: 'string', value: 'NAME' },
  project: { type: 'string', value: 'DIR' },
  'log-level': { type: 'string', value: 'LEVEL' },
  effects: { type: 'string', value: 'FILE.jsonl' },
} as const satisfies OptionSpecs;

export const SHARED_OPTIONS_HELP = `Sessions:
  --sessions FILE.json       fixture file of sessions (default: the bundled examples/sessions.json)
  --sessions-max-mb MB       the largest fixture file read (default 256)
  --gateway URL              query a live \`perspective-sandbox gateway\` instead of a fixture
  --token TOKEN              the gateway's bearer token (default: $PERSPECTIVE_SANDBOX_TOKEN)
  --ignition-version V       8.0 (12 keys, default) or 8.1 (adds "authorized")
The gateway's machine:
  --timezone ZONE            the gateway's time zone, an IANA id such as America/New_York (default: this
                             machine's, from TZ); system.date and java.util follow it
  --hostname NAME            what java.net.InetAddress.getLocalHost() answers (default perspective-sandbox)

Project:
  --project DIR              the project library: DIR/ignition/script-python/<Pkg>/.../code.py (an export
                             or a gateway's data/projects/<name>; project.json's parent is inherited)
  --log-level LEVEL          lowest level system.util loggers write to stderr: trace, debug, info
                             (default), warn or error
  --effects FILE.jsonl       write each effect (message sent, page navigated, popup opened...) to FILE
                             as a JSON line, as it happens
Limits (each run is stopped when one is exceeded):
  --timeout SECONDS          wall-clock time per run (default 30)            exit 3
  --memory-limit MB          heap of the sandbox (default 256, minimum 32)   exit 4
  --output-limit BYTES       stdout+stderr per run (default 10000000)        exit 5
  --recursion-limit N        Python call depth (default 1000): RuntimeError
  --limit-exit-codes         exit 124/125/126 at the time/memory/output limit instead of 3/4/5,
                             codes a script's sys.exit(n) is unlikely to use (124 as timeout(1))`;

const number = (name: string) => z.coerce.number({ error: `${name} must be a number` });

const sharedSchema = z.object({
  sessions: z.string().min(1).optional(),
  'sessions-max-mb': number('--sessions-max-mb').positive('--sessions-max-mb must be positive').max(16_384).optional(),
  gateway: z.string().min(1).optional(),
  token: z.string().min(1).optional(),
  'ignition-version': z.enum(IGNITION_VERSIONS, { error: '--ignition-version must be 8.0 or 8.1' }).optional(),
  timeout: number('--timeout').positive('--timeout must be positive').max(86_400).optional(),
  'memory-limit': number('--memory-limit').int().min(32, '--memory-limit must be at least 32 (MB)').max(16_384).optional(),
  'output-limit': number('--output-limit').int().positive('--output-limit must be positive').optional(),
  'recursion-limit': number('--recursion-limit').int().min(10, '--recursion-limit must be at least 10').max(20_000).optional(),
  'limit-exit-codes': z.boolean().optional(),
  timezone: z.string().refine(isKnownTimeZone, { message: '--timezone must be an IANA time zone id such as UTC or America/New_York' }).optional(),
  hostname: z.string().regex(HOSTNAME, { message: '--hostname must be a host name (letters, digits, dots and hyphens)' }).optional(),
  project: z.string().min(1).optional(),
  'log-level': z.enum(LOG_LEVELS, { error: '--log-level must be trace, debug, info, warn or error' }).optional(),
  effects: z.string().min(1).optional(),
}).refine((o) => !(o.sessions && o.gateway), { message: 'give --sessions or --gateway, not both' });

export type SharedOptions = z.infer<typeof sharedSchema>;

export { UsageError };

export function parseSharedOptions(values: Record<string, unknown>): SharedOptions {
  const picked = Object.fromEntries(Object.keys(SHARED_OPTION_SPEC).filter((k) => values[k] !== undefined).map((k) => [k, values[k]]));
  const parsed = sharedSchema.safeParse(picked);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

export function limitsFrom(options: SharedOptions): LimitsInput {
  return {
    ...(options.timeout !== undefined ? { timeoutSeconds: options.timeout } : {}),
    ...(options['memory-limit'] !== undefined ? { memoryLimitMb: options['memory-limit'] } : {}),
    ...(options['output-limit'] !== undefined ? { outputLimitBytes: options['output-limit'] } : {}),
    ...(options['recursion-limit'] !== undefined ? { recursionLimit: options['recursion-limit'] } : {}),
  };
}

/**
 * The session backend the options name, checked before any script runs: a bad fixture or an unreachable
 * gateway is reported as FixtureError / BackendUnavailableError (exit 2).
 */
export async function backendFrom(options: SharedOptions, defaultFixture: string): Promise<SessionBackend> {
  if (options.gateway !== undefined) {
    const token = options.token ?? process.env['PERSPECTIVE_SANDBOX_TOKEN'];
    if (token === undefined) throw new UsageError('--gateway needs --token (or $PERSPECTIVE_SANDBOX_TOKEN)');
    // The check happens before the run, but it still answers within the run's time limit.
    await checkGateway(options.gateway, token, Math.min(10_000, (options.timeout ?? DEFAULT_LIMITS.timeoutSeconds) * 1000));
    return new GatewayBackend({ url: options.gateway, token });
  }
  return FixtureBackend.fromFile(options.sessions ?? defaultFixture, options['sessions-max-mb'] === undefined ? {} : { maxMb: options['sessions-max-mb'] });
}

/** Errors that mean "bad input before anything ran": their message alone is shown, exit code 2. */
export function isSetupError(err: unknown): err is Error {
  return err instanceof UsageError || err instanceof FixtureError || err instanceof BackendUnavailableError || err instanceof ProjectLibraryError;
}

/** Prints a usage or setup error the way every command does and returns exit code 2; rethrows anything else. */
export function exitForSetupError(err: unknown, io: CommandIo, command: string): number {
  if (err instanceof UsageError) return io.usageError(command, err.message, err.hint);
  if (isSetupError(err)) {
    io.stderr.write(`perspective-sandbox: ${err.message}\n`);
    return EXIT.usage;
  }
  throw err;
}

/** --timezone and --hostname as the library's IgnitionOptions take them. */
export function machineFrom(options: SharedOptions): { timezone?: string; hostname?: string } {
  return {
    ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
    ...(options.hostname !== undefined ? { hostname: options.hostname } : {}),
  };
}

/** The project and log-level options as IgnitionOptions (the project folder is read when the interpreter is made). */
export function projectOptionsFrom(options: SharedOptions): { project?: string; logLevel?: (typeof LOG_LEVELS)[number] } {
  return {
    ...(options.project !== undefined ? { project: options.project } : {}),
    ...(options['log-level'] !== undefined ? { logLevel: options['log-level'] } : {}),
  };
}
