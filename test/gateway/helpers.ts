import WebSocket from 'ws';
import type { ServerMessage } from '../../gateway/wire.js';

export const EXAMPLE_USERS = new URL('../../examples/users.json', import.meta.url).pathname;
export const BILLY_PASSWORD = 'billy-demo-password';

export interface PageInit {
  readonly userAgent?: string;
  readonly scope?: string;
  /** Source address of the connection (another loopback address, e.g. 127.0.0.2, acts as another client). */
  readonly localAddress?: string;
}

export interface OpenedPage {
  readonly ws: WebSocket;
  readonly welcome: Extract<ServerMessage, { type: 'welcome' }>;
  readonly messages: ServerMessage[];
  readonly closed: Promise<{ code: number; reason: string }>;
  /** `perspective-session=<secret>` when this handshake started a session (Set-Cookie on the 101), else undefined. */
  readonly setCookie: string | undefined;
}

export interface OpenedSession {
  /** `perspective-session=<secret>` to send back. */
  readonly cookie: string;
  readonly status: number;
  readonly html: string;
  /** The page's WebSocket, which joined or started the session (undefined when the page load failed). */
  readonly page: OpenedPage | undefined;
}

/**
 * A browser's visit: loads a client page, then opens its WebSocket, which starts the session (or joins the
 * one `cookie` names). Returns the cookie and the open page.
 */
export async function openSession(baseUrl: string, project: string, init: PageInit & { cookie?: string } = {}): Promise<OpenedSession> {
  const query = init.scope ? `?scope=${init.scope}` : '';
  const headers: Record<string, string> = { 'User-Agent': init.userAgent ?? 'test-agent/1.0' };
  if (init.cookie) headers.Cookie = init.cookie;
  const response = await fetch(`${baseUrl}/data/perspective/client/${project}/home${query}`, { headers });
  const html = await response.text();
  if (response.status !== 200) return { cookie: init.cookie ?? '', status: response.status, html, page: undefined };
  const page = await openPage(baseUrl, project, init.cookie ?? '', init);
  return { cookie: page.setCookie ?? init.cookie ?? '', status: response.status, html, page };
}

/** Closes a page and waits until the client saw the close. */
export async function closePage(page: OpenedPage | undefined): Promise<void> {
  if (!page) return;
  page.ws.close();
  await page.closed;
}

/** Opens a page's WebSocket (with a session cookie, or '' to start a session) and waits for the welcome. */
export function openPage(baseUrl: string, project: string, cookie: string, init: PageInit = {}): Promise<OpenedPage> {
  const query = init.scope ? `?scope=${init.scope}` : '';
  const headers: Record<string, string> = { 'User-Agent': init.userAgent ?? 'test-agent/1.0' };
  if (cookie) headers.Cookie = cookie;
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/data/perspective/client/${project}/-/ws${query}`, {
    headers, ...(init.localAddress ? { localAddress: init.localAddress } : {}),
  });
  const messages: ServerMessage[] = [];
  let setCookie: string | undefined;
  ws.on('upgrade', (res) => {
    setCookie = res.headers['set-cookie']?.[0]?.split(';')[0];
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    void closed.then(({ code }) => reject(new Error(`closed before welcome: ${code}`)));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      messages.push(message);
      if (message.type === 'welcome') resolve({ ws, welcome: message, messages, closed, setCookie });
    });
    ws.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: HTTP ${res.statusCode}`)));
  });
}

/** Status of a WebSocket handshake: 101 when it opened (then closed again), else the HTTP status; -1 on a network error. */
export function upgradeStatus(url: string, headers: Record<string, string>, localAddress?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers, ...(localAddress ? { localAddress } : {}) });
    let upgradeHeaders: Record<string, string | string[] | undefined> = {};
    ws.on('upgrade', (res) => { upgradeHeaders = res.headers; });
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
      ws.terminate();
    });
    ws.on('open', () => {
      resolve({ status: 101, headers: upgradeHeaders });
      ws.close();
    });
    ws.on('error', () => resolve({ status: -1, headers: {} }));
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
