import type { GuestEnvironment } from '../wire.js';

/** The machine a script believes it runs on (GuestConfig.environment), for the `_psenv` module. */
const DEFAULT_ENVIRONMENT: GuestEnvironment = { timezone: 'UTC', hostname: 'localhost', locale: 'en_US' };

let current: GuestEnvironment = DEFAULT_ENVIRONMENT;

export function setEnvironment(next: GuestEnvironment | undefined): void {
  current = next ?? DEFAULT_ENVIRONMENT;
}

export function environment(): GuestEnvironment {
  return current;
}

let machineZone: string | undefined;

/** The configured time zone, else the machine's own, read from Intl once (ICU starts only if a script needs it). */
export function timeZone(): string {
  return current.timezone ?? (machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}
