import type { SessionScope } from '../session.js';

/** One session of a fixture: `id`, `project`, `userAgent` and `clientAddress`; the rest is derived when left out. */
export interface FixtureSession {
  id: string;
  project: string;
  userAgent: string;
  clientAddress: string;
  username?: string | undefined;
  sessionScope?: SessionScope | undefined;
  /** Milliseconds; or give `startedAt` (an ISO timestamp) and uptime is computed at each call. */
  uptime?: number | undefined;
  startedAt?: string | undefined;
  /** Milliseconds since the last communication; or give `lastCommAt`. */
  lastComm?: number | undefined;
  lastCommAt?: string | undefined;
  activePages?: number | undefined;
  pageIds?: string[] | undefined;
  recentBytesSent?: number | undefined;
  totalBytesSent?: number | undefined;
  authorized?: boolean | undefined;
}
