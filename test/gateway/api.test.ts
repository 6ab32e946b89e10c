import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_KEYS_81 } from '../../bindings/session.js';
import { sessionRecordSchema } from '../../bindings/session-schema.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { authHeaders, BILLY_PASSWORD, closePage, EXAMPLE_USERS, openPage, openSession, upgradeStatus, waitFor } from './helpers.js';

let gateway: RunningGateway;
const TOKEN = 'api-test-token-0123456789';

beforeAll(async () => {
  gateway = await startGateway({ port: 0, token: TOKEN, usersFile: EXAMPLE_USERS, sessionTimeoutMs: 300, heartbeatMs: 1000 });
});
afterAll(async () => {
  await gateway.close();
});

async function listSessions(query = ''): Promise<Array<Record<string, unknown>>> {
  const response = await fetch(`${gateway.url}/data/api/v1/sessions${query}`, { headers: authHeaders(TOKEN) });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { sessions: Array<Record<string, unknown>> };
  return body.sessions;
}

describe('gateway startup', () => {
  it('binds loopback on an ephemeral port and reports the URL and token', () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gateway.port).toBeGreaterThan(0);
    expect(gateway.token).toBe(TOKEN);
    expect(gateway.userCount).toBe(1);
  });

  it('generates an unguessable token when none is given', async () => {
    const saved = process.env.PERSPECTIVE_SANDBOX_TOKEN;
    delete process.env.PERSPECTIVE_SANDBOX_TOKEN;
    const other = await startGateway({ port: 0 });
    try {
      expect(other.tokenSource).toBe('generated');
      expect(other.token.length).toBeGreaterThanOrEqual(32);
    } finally {
      await other.close();
      if (saved !== undefined) process.env.PERSPECTIVE_SANDBOX_TOKEN = saved;
    }
  });

  it('takes the token from PERSPECTIVE_SANDBOX_TOKEN', async () => {
    process.env.PERSPECTIVE_SANDBOX_TOKEN = 'from-the-environment';
    const other = await startGateway({ port: 0 });
    try {
      expect(other.tokenSource).toBe('environment');
      expect(other.token).toBe('from-the-environment');
    } finally {
      await other.close();
      delete process.env.PERSPECTIVE_SANDBOX_TOKEN;
    }
  });
});

describe('sessions and pages', () => {
  it('starts no session for a page load alone; the page\'s WebSocket starts it, with an HttpOnly cookie scoped to the project', async () => {
    const response = await fetch(`${gateway.url}/data/perspective/client/alpha/home`, { headers: { 'User-Agent': 'ua-alpha' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await listSessions('?project=alpha')).toEqual([]);
    const handshake = await upgradeStatus(`${gateway.url.replace(/^http/, 'ws')}/data/perspective/client/alpha/-/ws`, { 'User-Agent': 'ua-alpha' });
    expect(handshake.status).toBe(101);
    const setCookie = String(handshake.headers['set-cookie'] ?? '');
    expect(setCookie).toMatch(/^perspective-session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toContain('Path=/data/perspective/client/alpha');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const session = (await listSessions('?project=alpha'))[0];
    expect(session).toMatchObject({ project: 'alpha', username: 'Unauthenticated', userAgent: 'ua-alpha', clientAddress: '127.0.0.1', sessionScope: 'browser', authorized: false });
    expect(String(session?.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(setCookie).not.toContain(String(session?.id));
  });

  it('counts pages, bytes and lastComm, and lists every documented key in order', async () => {
    const { cookie, page: first } = await openSession(gateway.url, 'beta', { userAgent: 'ua-beta' });
    if (!first) throw new Error('no page');
    const second = await openPage(gateway.url, 'beta', cookie);
    const message = JSON.stringify({ type: 'event', name: 'click', detail: 'button-1' });
    first.ws.send(message);
    const heartbeat = JSON.stringify({ type: 'heartbeat', seq: 1 });
    second.ws.send(heartbeat);
    second.ws.send(message);
    const expectedBytes = 2 * Buffer.byteLength(message) + Buffer.byteLength(heartbeat);
    const session = await waitFor(async () => (await listSessions('?project=beta')).find((s) => s.totalBytesSent === expectedBytes));
    expect(Object.keys(session)).toEqual([...SESSION_KEYS_81]);
    expect(sessionRecordSchema.parse(session)).toEqual(session);
    expect(session.activePages).toBe(2);
    expect(session.recentBytesSent).toBe(Buffer.byteLength(message));
    expect(new Set(session.pageIds as string[])).toEqual(new Set([first.welcome.pageId, second.welcome.pageId]));
    expect(first.welcome.sessionId).toBe(session.id);
    expect(session.lastComm).toBeLessThan(session.uptime as number + 1);
    first.ws.close();
    await first.closed;
    const after = await waitFor(async () => (await listSessions('?project=beta')).find((s) => s.activePages === 1));
    expect(after.pageIds).toEqual([second.welcome.pageId]);
    second.ws.close();
  });

  it('ends a page-less session after the session timeout', async () => {
    const { page } = await openSession(gateway.url, 'gamma');
    await closePage(page);
    expect(await listSessions('?project=gamma')).toHaveLength(1);
    await waitFor(async () => (await listSessions('?project=gamma')).length === 0, 3000, 'session timeout');
  });

  it('rejoins the session with the cookie and keeps it alive while a page is open', async () => {
    const { cookie, page: first } = await openSession(gateway.url, 'delta');
    const again = await openSession(gateway.url, 'delta', { cookie });
    expect(again.status).toBe(200);
    expect(again.page?.setCookie).toBeUndefined();
    expect(again.page?.welcome.sessionId).toBe(first?.welcome.sessionId);
    await closePage(first);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const sessions = await listSessions('?project=delta');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.activePages).toBe(1);
    again.page?.ws.close();
  });

  it('takes the scope a client declares with ?scope= and rejects unknown scopes', async () => {
    for (const scope of ['designer', 'ios', 'android'] as const) {
      await openSession(gateway.url, `scope-${scope}`, { scope });
      expect((await listSessions(`?project=scope-${scope}`))[0]?.sessionScope).toBe(scope);
    }
    const bad = await openSession(gateway.url, 'scope-bad', { scope: 'vision' });
    expect(bad.status).toBe(400);
    const badSocket = await upgradeStatus(`${gateway.url.replace(/^http/, 'ws')}/data/perspective/client/scope-bad/-/ws?scope=vision`, {});
    expect(badSocket.status).toBe(400);
    expect(await listSessions('?project=scope-bad')).toEqual([]);
  });

  it('filters exactly and case-sensitively by username and project', async () => {
    await openSession(gateway.url, 'Filtered');
    expect(await listSessions('?project=Filtered')).toHaveLength(1);
    expect(await listSessions('?project=filtered')).toHaveLength(0);
    expect(await listSessions('?project=Filter')).toHaveLength(0);
    expect((await listSessions('?username=Unauthenticated&project=Filtered'))).toHaveLength(1);
    expect((await listSessions('?username=billy&project=Filtered'))).toHaveLength(0);
  });

  it('rejects unknown or repeated query parameters', async () => {
    for (const query of ['?user=billy', '?project=a&project=b']) {
      const response = await fetch(`${gateway.url}/data/api/v1/sessions${query}`, { headers: authHeaders(TOKEN) });
      expect(response.status).toBe(400);
    }
  });
});

describe('login and logout', () => {
  async function login(cookie: string, username: string, password: string): Promise<Response> {
    return fetch(`${gateway.url}/data/perspective/client/demo/-/login`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password, return: 'home' }).toString(),
      redirect: 'manual',
    });
  }

  it('serves a login form, which starts no session', async () => {
    const response = await fetch(`${gateway.url}/data/perspective/client/formonly/-/login?return=home`);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await listSessions('?project=formonly')).toEqual([]);
    const html = await response.text();
    expect(html).toContain('name="password" type="password"');
    expect(html).toContain('value="home"');
  });

  it('logs billy in with the scrypt-hashed password and tells open pages', async () => {
    const { cookie: anonymousCookie, page } = await openSession(gateway.url, 'demo', { userAgent: 'billy-browser' });
    if (!page) throw new Error('no page');
    const response = await login(anonymousCookie, 'billy', BILLY_PASSWORD);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/data/perspective/client/demo/home');
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^perspective-session=[A-Za-z0-9_-]{40,}$/);
    expect(cookie).not.toBe(anonymousCookie);
    const billy = await listSessions('?username=billy');
    expect(billy).toHaveLength(1);
    expect(billy[0]).toMatchObject({ userAgent: 'billy-browser', project: 'demo', authorized: true, activePages: 1 });
    await waitFor(() => page.messages.some((m) => m.type === 'user' && m.username === 'billy'));
    const reloaded = await openSession(gateway.url, 'demo', { cookie });
    expect(reloaded.html).toContain('id="logout"');
    expect(reloaded.page?.welcome).toMatchObject({ sessionId: page.welcome.sessionId, username: 'billy' });

    const logout = await fetch(`${gateway.url}/data/perspective/client/demo/-/logout`, { method: 'POST', headers: { Cookie: cookie }, redirect: 'manual' });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    expect(await page.closed).toMatchObject({ code: 4000 });
    expect(page.messages.at(-1)).toEqual({ type: 'closed', message: 'You have logged out.' });
    expect(await reloaded.page?.closed).toMatchObject({ code: 4000 });
    expect(await listSessions('?username=billy')).toEqual([]);
  });

  it('refuses a wrong password and an unknown user with 401', async () => {
    const { cookie } = await openSession(gateway.url, 'demo');
    const wrong = await login(cookie, 'billy', 'wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await login(cookie, 'mallory', BILLY_PASSWORD)).status).toBe(401);
    expect(await listSessions('?username=billy')).toEqual([]);
    // Without a cookie, a failed login starts no session either.
    const cookieless = await fetch(`${gateway.url}/data/perspective/client/nosession/-/login`, {
      method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'billy', password: 'wrong-again' }).toString(),
    });
    expect(cookieless.status).toBe(401);
    expect(cookieless.headers.get('set-cookie')).toBeNull();
    expect(await listSessions('?project=nosession')).toEqual([]);
  });

  it('marks a user outside the projects list as not authorized', async () => {
    const { cookie } = await openSession(gateway.url, 'other-project');
    const response = await fetch(`${gateway.url}/data/perspective/client/other-project/-/login`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'billy', password: BILLY_PASSWORD }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect((await listSessions('?project=other-project'))[0]).toMatchObject({ username: 'billy', authorized: false });
  });
});

describe('closing sessions through the API', () => {
  it('ends the session and sends the message to every page', async () => {
    const { cookie, page } = await openSession(gateway.url, 'closing');
    if (!page) throw new Error('no page');
    const id = page.welcome.sessionId;
    const response = await fetch(`${gateway.url}/data/api/v1/sessions/${id}/close`, {
      method: 'POST', headers: { ...authHeaders(TOKEN), 'Content-Type': 'application/json' }, body: JSON.stringify({ message: 'Shift change' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ closed: id });
    expect(await page.closed).toMatchObject({ code: 4000 });
    expect(page.messages.at(-1)).toEqual({ type: 'closed', message: 'Shift change' });
    expect(await listSessions('?project=closing')).toEqual([]);
    const stale = await openSession(gateway.url, 'closing', { cookie });
    expect(stale.html).toContain('Unauthenticated');
    expect(stale.page?.welcome.sessionId).not.toBe(id);
    expect(stale.cookie).not.toBe(cookie);
    expect((await listSessions('?project=closing'))).toHaveLength(1);
    stale.page?.ws.close();
  });

  it('answers 404 for an unknown id and 400 for a bad body', async () => {
    const unknown = await fetch(`${gateway.url}/data/api/v1/sessions/no-such-session/close`, {
      method: 'POST', headers: authHeaders(TOKEN), body: JSON.stringify({ message: null }),
    });
    expect(unknown.status).toBe(404);
    const { cookie } = await openSession(gateway.url, 'badbody');
    const id = (await listSessions('?project=badbody'))[0]?.id;
    for (const body of ['{not json', JSON.stringify({ message: 42 }), JSON.stringify({ message: 'x', extra: 1 })]) {
      const response = await fetch(`${gateway.url}/data/api/v1/sessions/${String(id)}/close`, { method: 'POST', headers: authHeaders(TOKEN), body });
      expect(response.status).toBe(400);
    }
    expect(await listSessions('?project=badbody')).toHaveLength(1);
    expect(cookie).not.toBe('');
  });
});

describe('status page', () => {
  it('refuses without the token and leaks nothing', async () => {
    await openSession(gateway.url, 'secretproject', { userAgent: 'secret-agent' });
    for (const path of ['/web/status/sessions', '/web/status/sessions/table', '/web/status/sessions?token=wrong-token-123']) {
      const response = await fetch(gateway.url + path, { redirect: 'manual' });
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).not.toContain('secretproject');
      expect(text).not.toContain('secret-agent');
    }
  });

  it('trades ?token= for an HttpOnly cookie and renders the sessions with parsed user agents', async () => {
    const androidUa = 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
    await openSession(gateway.url, 'statusproject', { userAgent: androidUa });
    const exchange = await fetch(`${gateway.url}/web/status/sessions?token=${TOKEN}`, { redirect: 'manual' });
    expect(exchange.status).toBe(303);
    expect(exchange.headers.get('location')).toBe('/web/status/sessions');
    expect(exchange.headers.get('set-cookie')).toMatch(/; Path=\/web\/status; Max-Age=28800; HttpOnly; SameSite=Strict$/);
    const cookie = (exchange.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).not.toContain(TOKEN);
    const page = await fetch(`${gateway.url}/web/status/sessions`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('statusproject');
    expect(html).toContain('Mobile (Google Pixel 7)');
    expect(html).toContain('Chrome 120.0.0.0');
    expect(html).toContain('Android 13');
    const rows = await fetch(`${gateway.url}/web/status/sessions/table`, { headers: authHeaders(TOKEN) });
    expect(rows.status).toBe(200);
    expect(((await rows.json()) as { rows: string }).rows).toContain('statusproject');
  });
});
