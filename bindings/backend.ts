import type { SessionRecord } from './session.js';

/** Filters as getSessionInfo receives them; `null` means "no filter". Matching is exact and case-sensitive. */
export interface SessionFilter {
  readonly username: string | null;
  readonly project: string | null;
}

/**
 * Where sessions come from. Implement this to plug your own TypeScript backend into the sandbox.
 * Every method may be synchronous or return a Promise.
 */
export interface SessionBackend {
  /** Sessions matching the filter, in the backend's order, with every field current as of this call. */
  listSessions(filter: SessionFilter): SessionRecord[] | Promise<SessionRecord[]>;
  /** Ends a session. Throws SessionNotFoundError for an unknown id. Optional: backends that cannot close sessions omit it. */
  closeSession?(id: string, message: string | null): void | Promise<void>;
  /** Releases connections or timers. */
  dispose?(): void | Promise<void>;
}

export class SessionNotFoundError extends Error {
  constructor(readonly sessionId: string) {
    super(`Perspective session '${sessionId}' not found`);
    this.name = 'SessionNotFoundError';
  }
}

/** A backend that cannot be reached or refuses us (gateway down, bad token). The CLI maps it to exit code 2. */
export class BackendUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackendUnavailableError';
  }
}

/** Keeps the records matching a filter, in order. Shared by every backend that filters in memory. */
export function matchesFilter(record: SessionRecord, filter: SessionFilter): boolean {
  return (filter.username === null || record.username === filter.username)
    && (filter.project === null || record.project === filter.project);
}
