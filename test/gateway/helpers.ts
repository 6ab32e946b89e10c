import WebSocket from 'ws';
import type { ServerMessage } from '../../gateway/wire.js';

export const EXAMPLE_USERS = new URL('../../examples/users.json', import.meta.url).pathname;
export const BILLY_PASSWORD = 'billy-demo-password';

export interface OpenedSession {
  /** `perspective-session=<secret>` to send back. */
  readonly cookie: string;
  readonly status: number;
  readonly html: string;
}

/** Loads a client page like a browser's first visit and returns the session cookie it set. */
export async function openSession(baseUrl: string, project: string, init: { userAgent?: string; scope?: string; cookie?: string } = {}): Promise<OpenedSession> {
  const query = init.scope ? `?scope=${init.scope}` : '';
  const headers: Record<string, string> = { 'User-Agent': init.userAgent ?? 'test-agent/1.0' };
  if (init.cookie) headers.Cookie = init.cookie;
  const response = await fetch(`${baseUrl}/data/perspective/client/${project}/home${query}`, { headers });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = init.cookie ?? setCookie.split(';')[0] ?? '';
  return { cookie, status: response.status, html: await response.text() };
}

export interface OpenedPage {
  readonly ws: WebSocket;
  readonly welcome: Extract<ServerMessage, { type: 'welcome' }>;
  readonly messages: ServerMessage[];
  readonly closed: Promise<{ code: number; reason: string }>;
}

/** Opens a page's WebSocket with a session cookie and waits for the welcome. */
export function openPage(baseUrl: string, project: string, cookie: string): Promise<OpenedPage> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/data/perspective/client/${project}/-/ws`, { headers: { Cookie: cookie } });
  const messages: ServerMessage[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    void closed.then(({ code }) => reject(new Error(`closed before welcome: ${code}`)));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      messages.push(message);
      if (message.type === 'welcome') resolve({ ws, welcome: message, messages, closed });
    });
    ws.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: HTTP ${res.statusCode}`)));
  });
}

/** Polls until `check` returns a truthy value or the time runs out. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function authHeaders(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
