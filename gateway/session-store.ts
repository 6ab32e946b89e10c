import { randomBytes, randomUUID } from 'node:crypto';
import { matchesFilter, type SessionFilter } from '../bindings/backend.js';
import { UNAUTHENTICATED, type SessionRecord, type SessionScope } from '../bindings/session.js';
import { addressKey } from './address-key.js';
import type { PageState, ServerMessage } from './wire.js';

/** What the store needs from a page's connection; the WebSocket layer implements it. */
export interface PageConnection {
  /** False when the page can no longer receive (its socket is closing). */
  send(message: ServerMessage): boolean;
  close(code: number, reason: string): void;
}

/** What a page reports it shows (its page-state messages), and the actions it was sent and handled. */
export interface PageRecord extends PageState {
  readonly pageId: string;
  /** Actions delivered to the page, per system.perspective function. */
  readonly delivered: Readonly<Record<string, number>>;
  /** Actions the page reported as handled. */
  readonly handled: number;
}

interface Page {
  readonly id: string;
  readonly connection: PageConnection;
  state: PageState;
  handled: number;
  readonly delivered: Map<string, number>;
}

const EMPTY_PAGE_STATE: PageState = { path: null, theme: null, popups: [], docks: [] };

/** One live session. Fields are fixed-size apart from pages, which are capped. */
export interface Session {
  readonly id: string;
  /** Secret carried by the HttpOnly cookie; distinct from the id, which operators can see. New at login. */
  cookieSecret: string;
  readonly project: string;
  readonly userAgent: string;
  readonly clientAddress: string;
  readonly scope: SessionScope;
  readonly createdAt: number;
  username: string;
  authorized: boolean;
  lastCommAt: number;
  recentBytesSent: number;
  totalBytesSent: number;
  readonly pages: Map<string, Page>;
  expiryTimer: NodeJS.Timeout | undefined;
}

export interface NewSession {
  readonly project: string;
  readonly userAgent: string;
  readonly clientAddress: string;
  readonly scope: SessionScope;
}

export interface SessionStoreOptions {
  readonly sessionTimeoutMs: number;
  readonly maxSessions: number;
  /** Sessions one client address (IPv6: one /64) may hold at once. */
  readonly maxSessionsPerAddress: number;
  readonly maxPagesPerSession: number;
  readonly now?: () => number;
}

const MAX_USER_AGENT_LENGTH = 512;

/** Why create() started no session. */
export type CreateRefusal = 'gateway-full' | 'address-full';

/** A page of list(): `total` sessions match the filter; `records` are those from `offset`. */
export interface SessionPage {
  readonly total: number;
  readonly records: SessionRecord[];
}

/** Monotonic milliseconds, so uptime and lastComm survive wall-clock changes. */
const monotonicNow = (): number => Math.floor(performance.now());

/** All sessions, their pages and their lifecycles (page-less timeout, logout, operator close). */
export class SessionStore {
  private readonly byId = new Map<string, Session>();
  private readonly byCookie = new Map<string, Session>();
  private readonly perAddress = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: SessionStoreOptions) {
    this.now = options.now ?? monotonicNow;
  }

  get size(): number {
    return this.byId.size;
  }

  /** Starts a session, or says why not (the gateway or the client's address is full). It has no page yet. */
  create(init: NewSession): Session | CreateRefusal {
    if (this.byId.size >= this.options.maxSessions) return 'gateway-full';
    const key = addressKey(init.clientAddress);
    const held = this.perAddress.get(key) ?? 0;
    if (held >= this.options.maxSessionsPerAddress) return 'address-full';
    const now = this.now();
    const session: Session = {
      id: randomUUID(),
      cookieSecret: newSecret(),
      project: init.project,
      userAgent: init.userAgent.slice(0, MAX_USER_AGENT_LENGTH),
      clientAddress: init.clientAddress,
      scope: init.scope,
      createdAt: now,
      username: UNAUTHENTICATED,
      authorized: false,
      lastCommAt: now,
      recentBytesSent: 0,
      totalBytesSent: 0,
      pages: new Map(),
      expiryTimer: undefined,
    };
    this.byId.set(session.id, session);
    this.byCookie.set(session.cookieSecret, session);
    this.perAddress.set(key, held + 1);
    this.scheduleExpiry(session);
    return session;
  }

  /** Sessions held by a client address (counted as create() counts them). */
  heldBy(clientAddress: string): number {
    return this.perAddress.get(addressKey(clientAddress)) ?? 0;
  }

  /** Gives the session a new cookie secret; the old one stops working at once. Returns the new secret. */
  rotateSecret(session: Session): string {
    this.byCookie.delete(session.cookieSecret);
    session.cookieSecret = newSecret();
    this.byCookie.set(session.cookieSecret, session);
    return session.cookieSecret;
  }

  /** The live session a cookie secret belongs to, if it is for this project. */
  findByCookie(secret: string, project: string): Session | undefined {
    const session = this.byCookie.get(secret);
    return session && session.project === project ? session : undefined;
  }

  get(id: string): Session | undefined {
    return this.byId.get(id);
  }

  /** Any request or message from the session. */
  touch(session: Session): void {
    session.lastCommAt = this.now();
  }

  /** A WebSocket message of `bytes` bytes arrived from the session. */
  recordMessage(session: Session, bytes: number): void {
    session.lastCommAt = this.now();
    session.recentBytesSent = bytes;
    session.totalBytesSent += bytes;
  }

  /** Opens a page; undefined when the session already has the maximum number of pages. */
  addPage(session: Session, connection: PageConnection): string | undefined {
    if (!this.byId.has(session.id) || session.pages.size >= this.options.maxPagesPerSession) return undefined;
    let pageId: string;
    do pageId = randomBytes(4).toString('hex'); while (session.pages.has(pageId));
    session.pages.set(pageId, { id: pageId, connection, state: EMPTY_PAGE_STATE, handled: 0, delivered: new Map() });
    if (session.expiryTimer) clearTimeout(session.expiryTimer);
    session.expiryTimer = undefined;
    this.touch(session);
    return pageId;
  }

  /** A tab closed: drop its page and, when it was the last one, start the session timeout. */
  removePage(session: Session, pageId: string): void {
    if (!session.pages.delete(pageId)) return;
    if (session.pages.size === 0 && this.byId.has(session.id)) this.scheduleExpiry(session);
  }

  /** Sends a system.perspective action to one open page and counts it; false when the page cannot receive it. */
  deliverAction(session: Session, pageId: string, message: Extract<ServerMessage, { type: 'action' }>): boolean {
    const page = session.pages.get(pageId);
    if (!page || !page.connection.send(message)) return false;
    page.delivered.set(message.function, (page.delivered.get(message.function) ?? 0) + 1);
    return true;
  }

  /** What a page reports it shows, and how many actions it has handled (never fewer than it was sent). */
  updatePageState(session: Session, pageId: string, state: PageState, handled: number): void {
    const page = session.pages.get(pageId);
    if (!page) return;
    page.state = state;
    let sent = 0;
    for (const count of page.delivered.values()) sent += count;
    page.handled = Math.min(handled, sent);
  }

  /** The session's open pages, in order, with what each shows and its action counts. */
  pageRecords(session: Session): PageRecord[] {
    return [...session.pages.values()].map((page) => ({
      pageId: page.id, ...page.state, delivered: Object.fromEntries(page.delivered), handled: page.handled,
    }));
  }

  /** Closes one page (closePage): it is told why and disconnected; the session stays. False for an unknown page. */
  closePage(session: Session, pageId: string, message: string | null, closeCode: number): boolean {
    const page = session.pages.get(pageId);
    if (!page) return false;
    page.connection.send({ type: 'closed', message });
    page.connection.close(closeCode, 'page closed');
    return true;
  }

  login(session: Session, username: string, authorized: boolean): void {
    session.username = username;
    session.authorized = authorized;
    this.touch(session);
    this.broadcast(session, { type: 'user', username });
  }

  /** Ends a session: every page is told why and disconnected. Returns false for an unknown id. */
  end(id: string, message: string | null, closeCode: number): boolean {
    const session = this.byId.get(id);
    if (!session) return false;
    this.byId.delete(id);
    this.byCookie.delete(session.cookieSecret);
    const key = addressKey(session.clientAddress);
    const held = (this.perAddress.get(key) ?? 1) - 1;
    if (held > 0) this.perAddress.set(key, held);
    else this.perAddress.delete(key);
    if (session.expiryTimer) clearTimeout(session.expiryTimer);
    const pages = [...session.pages.values()];
    session.pages.clear();
    for (const page of pages) {
      page.connection.send({ type: 'closed', message });
      page.connection.close(closeCode, 'session ended');
    }
    return true;
  }

  /** Current records, in creation order, with every documented key in the documented order. */
  list(filter: SessionFilter): SessionRecord[] {
    const now = this.now();
    const records: SessionRecord[] = [];
    for (const session of this.byId.values()) {
      const record = toRecord(session, now);
      if (matchesFilter(record, filter)) records.push(record);
    }
    return records;
  }

  /** One page of the matching records, in creation order; only that page is built. */
  page(filter: SessionFilter, offset: number, limit: number): SessionPage {
    const now = this.now();
    const records: SessionRecord[] = [];
    let total = 0;
    for (const session of this.byId.values()) {
      if (filter.username !== null && session.username !== filter.username) continue;
      if (filter.project !== null && session.project !== filter.project) continue;
      if (total >= offset && records.length < limit) records.push(toRecord(session, now));
      total += 1;
    }
    return { total, records };
  }

  /** Ends every session and clears every timer. */
  clear(closeCode: number): void {
    for (const id of [...this.byId.keys()]) this.end(id, 'The gateway is shutting down.', closeCode);
  }

  private broadcast(session: Session, message: ServerMessage): void {
    for (const page of session.pages.values()) page.connection.send(message);
  }

  private scheduleExpiry(session: Session): void {
    if (session.expiryTimer) clearTimeout(session.expiryTimer);
    session.expiryTimer = setTimeout(() => {
      if (session.pages.size === 0) this.end(session.id, null, 4000);
    }, this.options.sessionTimeoutMs);
    session.expiryTimer.unref();
  }
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function toRecord(session: Session, now: number): SessionRecord {
  return {
    userAgent: session.userAgent,
    id: session.id,
    username: session.username,
    project: session.project,
    uptime: Math.max(0, now - session.createdAt),
    clientAddress: session.clientAddress,
    lastComm: Math.max(0, now - session.lastCommAt),
    sessionScope: session.scope,
    activePages: session.pages.size,
    recentBytesSent: session.recentBytesSent,
    totalBytesSent: session.totalBytesSent,
    pageIds: [...session.pages.keys()],
    authorized: session.authorized,
  };
}
