import { closeSync, fstatSync, openSync } from 'node:fs';
import { basename } from 'node:path';
import { matchesFilter, PageNotFoundError, SessionNotFoundError, type PerspectiveAction, type PerspectiveActionResult, type SessionBackend, type SessionFilter, type SessionSnapshot, type SnapshotRecord } from '../backend.js';
import { UNAUTHENTICATED, type SessionRecord } from '../session.js';
import { scopeFromUserAgent } from '../user-agent.js';
import { issuePath, jsonErrorMessage, recordIssueMessages } from './fixture-errors.js';
import { fastFixtureSession } from './fixture-fast-check.js';
import { streamFixtureRecords } from './fixture-stream.js';
import { fixtureSessionSchema } from './fixture-schema.js';
import type { FixtureSession } from './fixture-session.js';
import { readBounded, type BoundedFileKind } from '../read-bounded.js';

/** The largest fixture file read by default, in MB (`--sessions-max-mb` raises it). */
export const DEFAULT_FIXTURE_MAX_MB = 256;

/** Regular files larger than this are read record by record (fixture-stream.ts), never as one text. */
const STREAM_ABOVE_BYTES = 4 << 20;

/**
 * A large regular file's sessions, read record by record; undefined when the file is small, not a regular file,
 * or unusual (the caller then reads it whole, which also words any error).
 */
function streamSessions(path: string, maxBytes: number): FixtureSession[] | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size <= STREAM_ABOVE_BYTES || stat.size > maxBytes) return undefined;
    const collector = new SessionCollector(basename(path));
    if (streamFixtureRecords(fd, maxBytes, (record) => collector.add(record)) !== 'done') return undefined;
    return collector.finish();
  } catch (err) {
    if (err instanceof FixtureError) throw err;
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}


/** A fixture file that failed to load or validate. The CLI prints the message and exits with 2. */
export class FixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixtureError';
  }
}

const SESSIONS_FILE: BoundedFileKind = { name: 'sessions file', raiseCap: '--sessions-max-mb (library: sessionsFileMaxMb)', errorType: FixtureError };

/**
 * Sessions from a fixture: validated once, derived fields filled in, timestamps turned into
 * uptime/lastComm against the clock at each call. closeSession removes a session for the rest of the run.
 */
export class FixtureBackend implements SessionBackend {
  private readonly sessions: FixtureSession[];
  /** Sessions by username and by project, in fixture order; built at the first filtered call, dropped on close. */
  private index: { byUser: Map<string, FixtureSession[]>; byProject: Map<string, FixtureSession[]> } | undefined;

  /** Bumped by every change (closeSession); the snapshot's records are built once per version. */
  private version = 1;
  private snapshotRecords: SnapshotRecord[] | undefined;

  constructor(sessions: readonly FixtureSession[], private readonly now: () => number = Date.now) {
    this.sessions = [...sessions];
  }

  /**
   * Reads and validates a fixture file; throws FixtureError naming the file, record and field. Files over
   * `maxMb` (default DEFAULT_FIXTURE_MAX_MB) are refused without reading past the cap, devices and pipes included.
   */
  static fromFile(path: string, options: { now?: () => number; maxMb?: number } = {}): FixtureBackend {
    const maxBytes = (options.maxMb ?? DEFAULT_FIXTURE_MAX_MB) * 1024 * 1024;
    const sessions = streamSessions(path, maxBytes) ?? parseFixture(readBounded(path, maxBytes, SESSIONS_FILE), basename(path));
    return new FixtureBackend(sessions, options.now);
  }

  listSessions(filter: SessionFilter): SessionRecord[] {
    const now = this.now();
    const out: SessionRecord[] = [];
    for (const session of this.candidates(filter)) {
      const record = deriveRecord(session, now);
      if (matchesFilter(record, filter)) out.push(record);
    }
    return out;
  }

  /** The sessions a filter can match: all of them, or the shorter index list (still checked by matchesFilter). */
  private candidates(filter: SessionFilter): readonly FixtureSession[] {
    if (filter.username === null && filter.project === null) return this.sessions;
    this.index ??= indexSessions(this.sessions);
    const byUser = filter.username === null ? undefined : this.index.byUser.get(filter.username) ?? [];
    const byProject = filter.project === null ? undefined : this.index.byProject.get(filter.project) ?? [];
    if (byUser !== undefined && byProject !== undefined) return byUser.length <= byProject.length ? byUser : byProject;
    return byUser ?? byProject ?? this.sessions;
  }

  /** Every session, with startedAt/lastCommAt as timestamps so uptime/lastComm are computed at each call. */
  snapshot(): SessionSnapshot {
    this.snapshotRecords ??= this.sessions.map(snapshotRecord);
    return { version: this.version, now: this.now(), records: this.snapshotRecords };
  }

  closeSession(id: string): void {
    const index = this.sessions.findIndex((s) => s.id === id);
    if (index < 0) throw new SessionNotFoundError(id);
    this.sessions.splice(index, 1);
    this.changed();
  }

  /**
   * Checks an action's target as a gateway would (the session exists; the page is one of its pageIds) and answers
   * with the pages it reaches: that page, or every page of the session when pageId is null. Nothing is shown
   * anywhere; closePage removes the page from its session (pageIds, and activePages when the fixture gives it)
   * for the rest of the run.
   */
  performAction(action: PerspectiveAction): PerspectiveActionResult {
    const index = this.sessions.findIndex((s) => s.id === action.sessionId);
    const session = this.sessions[index];
    if (session === undefined) throw new SessionNotFoundError(action.sessionId);
    const pageIds = session.pageIds ?? [];
    if (action.pageId === null) return { pageIds: [...pageIds] };
    if (!pageIds.includes(action.pageId)) throw new PageNotFoundError(action.sessionId, action.pageId);
    if (action.function === 'closePage') {
      const remaining = pageIds.filter((p) => p !== action.pageId);
      this.sessions[index] = { ...session, pageIds: remaining, ...(session.activePages !== undefined ? { activePages: Math.max(0, session.activePages - 1) } : {}) };
      this.changed();
    }
    return { pageIds: [action.pageId] };
  }

  /** Sessions changed: indexes and snapshot records are rebuilt, and the snapshot gets a new version. */
  private changed(): void {
    this.index = undefined;
    this.snapshotRecords = undefined;
    this.version++;
  }
}

function indexSessions(sessions: readonly FixtureSession[]): { byUser: Map<string, FixtureSession[]>; byProject: Map<string, FixtureSession[]> } {
  const byUser = new Map<string, FixtureSession[]>();
  const byProject = new Map<string, FixtureSession[]>();
  const add = (map: Map<string, FixtureSession[]>, key: string, session: FixtureSession): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [session]);
    else list.push(session);
  };
  for (const session of sessions) {
    add(byUser, session.username ?? UNAUTHENTICATED, session);
    add(byProject, session.project, session);
  }
  return { byUser, byProject };
}

/** Parses fixture JSON text. `name` is the file name errors start with. */
export function parseFixture(text: string, name: string): FixtureSession[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FixtureError(`${name}: ${jsonErrorMessage(text, err)}`);
  }
  const records = Array.isArray(data) ? data : isObject(data) && 'sessions' in data ? data['sessions'] : undefined;
  if (!Array.isArray(records) || (isObject(data) && Object.keys(data).some((k) => k !== 'sessions'))) {
    throw new FixtureError(`${name}: expected an array of sessions or an object { "sessions": [...] }`);
  }
  const collector = new SessionCollector(name);
  for (const record of records) collector.add(record);
  return collector.finish();
}

/**
 * Validates fixture records one at a time, in file order: problems are collected (the first ten are reported
 * together), duplicate ids caught, and the strings many sessions repeat (user agents, projects, users, scopes)
 * shared, so a large fixture holds each once.
 */
class SessionCollector {
  private readonly sessions: FixtureSession[] = [];
  private readonly problems: string[] = [];
  /** Ids by the index of their record in the file (records that failed validation count too). */
  private readonly seen = new Map<string, number>();
  private readonly strings = new Map<string, string>();
  private index = 0;

  constructor(private readonly name: string) {}

  add(record: unknown): void {
    const index = this.index++;
    let session = fastFixtureSession(record);
    if (session === undefined) {
      const parsed = fixtureSessionSchema.safeParse(record);
      if (!parsed.success) {
        this.problems.push(...parsed.error.issues.flatMap((issue) => recordIssueMessages(index, record, issue)).map((m) => `${this.name}: ${m}`));
        return;
      }
      session = parsed.data;
    }
    const first = this.seen.get(session.id);
    if (first !== undefined) this.problems.push(`${this.name}: ${issuePath(index, ['id'])}: duplicate session id '${session.id}' (also sessions[${first}])`);
    else this.seen.set(session.id, index);
    this.sessions.push(this.shareStrings(session));
  }

  finish(): FixtureSession[] {
    if (this.problems.length > 0) {
      const shown = this.problems.slice(0, 10);
      if (this.problems.length > shown.length) shown.push(`${this.name}: ... and ${this.problems.length - shown.length} more problems`);
      throw new FixtureError(shown.join('\n'));
    }
    return this.sessions;
  }

  private shareStrings(session: FixtureSession): FixtureSession {
    const shared = session as { -readonly [K in keyof FixtureSession]: FixtureSession[K] };
    shared.userAgent = this.share(session.userAgent);
    shared.project = this.share(session.project);
    if (session.username !== undefined) shared.username = this.share(session.username);
    if (session.sessionScope !== undefined) shared.sessionScope = this.share(session.sessionScope);
    return shared;
  }

  private share<T extends string>(text: T): T {
    const known = this.strings.get(text);
    if (known !== undefined) return known as T;
    this.strings.set(text, text);
    return text;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/** A fixture session as a snapshot record: fields derived, timestamps kept (deriveRecord at each call's clock). */
function snapshotRecord(s: FixtureSession): SnapshotRecord {
  // Built in place, not spread: 100k spreads cost the first getSessionInfo() ~20 ms.
  const record: SessionRecord & { startedAtMs?: number; lastCommAtMs?: number } = deriveRecord(s, 0);
  if (s.uptime === undefined && s.startedAt !== undefined) record.startedAtMs = Date.parse(s.startedAt);
  if (s.lastComm === undefined && s.lastCommAt !== undefined) record.lastCommAtMs = Date.parse(s.lastCommAt);
  return record;
}

/** Fills in every documented field of a fixture session as of `now`. */
export function deriveRecord(s: FixtureSession, now: number): SessionRecord {
  const pageIds = s.pageIds ?? [];
  const username = s.username ?? UNAUTHENTICATED;
  return {
    userAgent: s.userAgent,
    id: s.id,
    username,
    project: s.project,
    uptime: s.uptime ?? (s.startedAt === undefined ? 0 : Math.max(0, now - Date.parse(s.startedAt))),
    clientAddress: s.clientAddress,
    lastComm: s.lastComm ?? (s.lastCommAt === undefined ? 0 : Math.max(0, now - Date.parse(s.lastCommAt))),
    sessionScope: s.sessionScope ?? scopeFromUserAgent(s.userAgent),
    activePages: s.activePages ?? pageIds.length,
    recentBytesSent: s.recentBytesSent ?? 0,
    totalBytesSent: s.totalBytesSent ?? 0,
    pageIds,
    authorized: s.authorized ?? username !== UNAUTHENTICATED,
  };
}
