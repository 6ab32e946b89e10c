import { z } from 'zod';
import { RaiseInPython } from '../../runtime/host-module.js';
import {
  BackendUnavailableError, PageNotFoundError, SessionNotFoundError,
  type PerspectiveAction, type PerspectiveActionResult, type SessionBackend, type SessionFilter,
} from '../backend.js';
import type { SessionRecord } from '../session.js';
import { sessionRecordSchema } from '../session-schema.js';
import { fastSessionRecords } from './session-record-fast-check.js';
import {
  ACTION_BODY_LIMIT_BYTES, ACTION_RESPONSE_LIMIT_BYTES, actionNotFoundSchema, actionRequestSchema, actionResponseSchema,
} from './action-wire.js';
import { failureReason, ResponseTooLarge, sendHttpRequest, type HttpAnswer } from './http-client.js';

export interface GatewayBackendOptions {
  /** Base URL of a running `perspective-sandbox gateway`, e.g. http://127.0.0.1:8088. */
  readonly url: string;
  /** Its bearer token. */
  readonly token: string;
  /** Per-request timeout in ms (default 10 000). */
  readonly timeoutMs?: number;
  /** The largest response body accepted, in bytes (default 64 MiB); a longer one is refused while it arrives. */
  readonly maxResponseBytes?: number;
}

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

const sessionsResponseSchema = z.object({ sessions: z.array(sessionRecordSchema) });

function baseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BackendUnavailableError(`Invalid gateway URL '${url}': expected something like http://127.0.0.1:8088`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new BackendUnavailableError(`Invalid gateway URL '${url}': only http:// and https:// are supported`);
  }
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  parsed.search = '';
  parsed.hash = '';
  return parsed;
}

/** Live sessions from a `perspective-sandbox gateway` over its HTTP API. Every call fetches current data. */
export class GatewayBackend implements SessionBackend {
  private readonly base: URL;
  private readonly token: string;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  /** Aborts every request still in flight when the backend is disposed (e.g. a run stopped at its deadline). */
  private readonly inFlight = new AbortController();

  constructor(options: GatewayBackendOptions) {
    this.base = baseUrl(options.url);
    this.token = options.token;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  }

  /** Abandons requests still in flight; the backend is unusable afterwards. */
  dispose(): void {
    this.inFlight.abort();
  }

  /** The gateway's base URL as given (for messages). */
  get url(): string {
    return this.base.href.replace(/\/$/, '');
  }

  async listSessions(filter: SessionFilter): Promise<SessionRecord[]> {
    const target = new URL('data/api/v1/sessions', this.base);
    if (filter.username !== null) target.searchParams.set('username', filter.username);
    if (filter.project !== null) target.searchParams.set('project', filter.project);
    const response = await this.request(target, { method: 'GET' });
    if (!response.ok) {
      response.discard();
      throw this.statusError(response.status);
    }
    const json = await this.readJson(response);
    // The common answer takes the fast exact check; anything else the schema, which names what is wrong.
    const fast = typeof json === 'object' && json !== null && !Array.isArray(json) ? fastSessionRecords((json as { sessions?: unknown }).sessions) : undefined;
    if (fast !== undefined) return fast;
    const body = sessionsResponseSchema.safeParse(json);
    if (!body.success) {
      const issue = body.error.issues[0];
      const where = issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : '';
      throw new BackendUnavailableError(`The session gateway at ${this.url} answered with sessions in an unexpected shape${where}`);
    }
    return body.data.sessions;
  }

  async closeSession(id: string, message: string | null): Promise<void> {
    const target = new URL(`data/api/v1/sessions/${encodeURIComponent(id)}/close`, this.base);
    const response = await this.request(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message }) });
    response.discard();
    if (response.status === 404) throw new SessionNotFoundError(id);
    if (!response.ok) throw this.statusError(response.status);
  }

  /**
   * Asks the gateway to perform a system.perspective action in the targeted pages (POST …/sessions/<id>/actions).
   * 404 names the missing session or page; 400 (an argument the gateway refuses) raises ValueError in Python.
   */
  async performAction(action: PerspectiveAction): Promise<PerspectiveActionResult> {
    const request = actionRequestSchema.safeParse({ function: action.function, pageId: action.pageId, args: action.args });
    if (!request.success) {
      throw new RaiseInPython('ValueError', `Cannot send system.perspective.${action.function} to the gateway: ${z.prettifyError(request.error)}`);
    }
    const body = JSON.stringify(request.data);
    if (Buffer.byteLength(body) > ACTION_BODY_LIMIT_BYTES) {
      throw new RaiseInPython('ValueError', `system.perspective.${action.function}: the action is larger than the gateway accepts (${ACTION_BODY_LIMIT_BYTES} bytes)`);
    }
    const target = new URL(`data/api/v1/sessions/${encodeURIComponent(action.sessionId)}/actions`, this.base);
    const response = await this.request(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (response.status !== 200 && response.status !== 400 && response.status !== 404) {
      response.discard();
      throw this.statusError(response.status);
    }
    const json = await this.readJson(response, ACTION_RESPONSE_LIMIT_BYTES);
    if (response.status === 404) {
      const missing = actionNotFoundSchema.safeParse(json);
      if (missing.success && missing.data.notFound === 'page' && action.pageId !== null) throw new PageNotFoundError(action.sessionId, action.pageId);
      throw new SessionNotFoundError(action.sessionId);
    }
    if (response.status === 400) {
      const refusal = z.object({ error: z.string() }).safeParse(json);
      throw new RaiseInPython('ValueError', `The gateway refused system.perspective.${action.function}: ${refusal.success ? refusal.data.error : 'bad request'}`);
    }
    const result = actionResponseSchema.safeParse(json);
    if (!result.success) throw new BackendUnavailableError(`The session gateway at ${this.url} answered an action in an unexpected shape`);
    return result.data;
  }

  private async request(target: URL, init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }): Promise<HttpAnswer> {
    try {
      return await sendHttpRequest(target, {
        method: init.method,
        headers: { ...init.headers, Authorization: `Bearer ${this.token}`, Accept: 'application/json' },
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal: AbortSignal.any([AbortSignal.timeout(this.timeoutMs), this.inFlight.signal]),
      });
    } catch (error) {
      throw new BackendUnavailableError(`Cannot reach the session gateway at ${this.url}: ${failureReason(error)}`);
    }
  }

  /** Reads the body up to maxResponseBytes (refusing more as it arrives, whatever Content-Length says), as JSON. */
  private async readJson(response: HttpAnswer, limit = this.maxResponseBytes): Promise<unknown> {
    const max = Math.min(limit, this.maxResponseBytes);
    let text: string;
    try {
      text = await response.text(max);
    } catch (error) {
      if (error instanceof ResponseTooLarge) throw new BackendUnavailableError(`The session gateway at ${this.url} sent a response larger than ${max} bytes; refused`);
      throw new BackendUnavailableError(`The session gateway at ${this.url} broke off its answer: ${failureReason(error)}`);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new BackendUnavailableError(`The session gateway at ${this.url} answered with something that is not JSON`);
    }
  }

  private statusError(status: number): BackendUnavailableError {
    if (status === 401 || status === 403) {
      return new BackendUnavailableError(`The session gateway at ${this.url} refused the token (HTTP ${status}); check --token`);
    }
    return new BackendUnavailableError(`The session gateway at ${this.url} answered HTTP ${status}`);
  }
}

/** Fails fast (BackendUnavailableError) when the gateway is down, the URL is bad or the token is refused. */
export async function checkGateway(url: string, token: string, timeoutMs?: number): Promise<void> {
  const backend = new GatewayBackend({ url, token, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
  try {
    await backend.listSessions({ username: null, project: null });
  } finally {
    backend.dispose();
  }
}
