import { RaiseInPython } from '../runtime/host-module.js';
import type { JsonObject } from './effects/effect-log.js';
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
  /**
   * Optional, for backends whose sessions change rarely (fixtures, caches): every session at once, with a
   * version that changes whenever the set or any field changes. While it returns a snapshot, getSessionInfo
   * sends the sessions into the sandbox once per version and filters them there, which makes calls over many
   * sessions far cheaper; it is called on every getSessionInfo call, so keep it cheap (return the same
   * snapshot until something changes). Return undefined (or omit the method) for live data: listSessions
   * then serves every call. Python sees the same result either way.
   */
  snapshot?(): SessionSnapshot | undefined;
  /**
   * Performs a system.perspective action (sendMessage, navigate, openPopup, ...) on a session's page, or on
   * every page of the session when `pageId` is null. The binding has already resolved the targeting rules;
   * the backend checks that the session (SessionNotFoundError) and page (PageNotFoundError) exist, does it
   * (a live gateway delivers it to the browser; a fixture only checks), and answers with the pages it reached.
   * Optional: backends without it make these functions raise NotImplementedError.
   */
  performAction?(action: PerspectiveAction): PerspectiveActionResult | Promise<PerspectiveActionResult>;
  /** Releases connections or timers. */
  dispose?(): void | Promise<void>;
}

/** Every session of a backend at one version (see SessionBackend.snapshot). */
export interface SessionSnapshot {
  /** Changes whenever a session is added, removed or changed; the same version always means the same records. */
  readonly version: number;
  /** The backend's clock now (ms since the epoch), for the records' timestamps. */
  readonly now: number;
  /** Every session, in the backend's order (the order listSessions keeps). */
  readonly records: readonly SnapshotRecord[];
}

/**
 * A session in a snapshot: the record, plus optional timestamps (ms since the epoch) for fields that grow with
 * time. With `startedAtMs`, uptime is `max(0, now - startedAtMs)` at each call (the stored uptime is ignored);
 * likewise `lastCommAtMs` for lastComm.
 */
export type SnapshotRecord = SessionRecord & { readonly startedAtMs?: number; readonly lastCommAtMs?: number };

/** One system.perspective action, resolved to its target. */
export interface PerspectiveAction {
  /** The function's name in system.perspective: 'sendMessage', 'navigate', 'openPopup', ... */
  readonly function: string;
  readonly sessionId: string;
  /** One page, or null for every page of the session. */
  readonly pageId: string | null;
  /** The function's own arguments, by parameter name, without sessionId and pageId (e.g. {messageType, payload, scope}). */
  readonly args: JsonObject;
}

export interface PerspectiveActionResult {
  /** The pages the action reached, in the session's page order. */
  readonly pageIds: readonly string[];
}

export class PageNotFoundError extends Error {
  constructor(readonly sessionId: string, readonly pageId: string) {
    super(`Page '${pageId}' not found in Perspective session '${sessionId}'`);
    this.name = 'PageNotFoundError';
  }
}

export class SessionNotFoundError extends Error {
  constructor(readonly sessionId: string) {
    super(`Perspective session '${sessionId}' not found`);
    this.name = 'SessionNotFoundError';
  }
}

/**
 * A backend that cannot be reached or refuses us (gateway down, bad token). During a run, Python sees it as an
 * IOError with this message; the CLI maps it to exit code 2 before a run.
 */
export class BackendUnavailableError extends RaiseInPython {
  constructor(message: string) {
    super('IOError', message);
    this.name = 'BackendUnavailableError';
  }
}

/** Keeps the records matching a filter, in order. Shared by every backend that filters in memory. */
export function matchesFilter(record: SessionRecord, filter: SessionFilter): boolean {
  return (filter.username === null || record.username === filter.username)
    && (filter.project === null || record.project === filter.project);
}
