import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_COOKIE_LIFETIME_SECONDS, TokenGuard } from '../../gateway/auth.js';
import type { GatewayLogEntry } from '../../gateway/log.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { STATUS_PAGE_SIZE } from '../../gateway/status-routes.js';
import { authHeaders, BILLY_PASSWORD, EXAMPLE_USERS, openPage, openSession, type OpenedPage } from './helpers.js';
import { inBatches } from './http-clients.js';

// Issue #12, smaller problems: the status page re-fetched the whole table every second (2.8 MB/s per tab at
// 10,000 sessions), could not close a session, hid the user agent of unrecognised clients, and its cookie
// never expired.
const TOKEN = 'status-page-token-0123';
const MANY = 120;
const ROBOT_UA = 'PlantFloorKiosk/3.1 <b>not a browser</b>';
const CHROME_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
let gateway: RunningGateway;
let statusCookie = '';
const pages: OpenedPage[] = [];
const logged: GatewayLogEntry[] = [];

interface TableJson {
  total: number;
  page: number;
  pages: number;
  summary: string;
  rows: string;
}

beforeAll(async () => {
  gateway = await startGateway({ port: 0, token: TOKEN, usersFile: EXAMPLE_USERS, maxSessionsPerAddress: 1000 }, { log: (entry) => logged.push(entry) });
  pages.push(...await inBatches(MANY, 10, async (i) => (await openPage(gateway.url, 'plant', '', { userAgent: `load/${i}` }))));
  pages.push(await openPage(gateway.url, 'kiosk', '', { userAgent: ROBOT_UA }), await openPage(gateway.url, 'office', '', { userAgent: CHROME_UA }));
  const billy = await openSession(gateway.url, 'demo');
  if (!billy.page) throw new Error('no page');
  pages.push(billy.page);
  await fetch(`${gateway.url}/data/perspective/client/demo/-/login`, {
    method: 'POST', redirect: 'manual', headers: { Cookie: billy.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'billy', password: BILLY_PASSWORD }).toString(),
  });
  const exchange = await fetch(`${gateway.url}/web/status/sessions?token=${TOKEN}`, { redirect: 'manual' });
  statusCookie = (exchange.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}, 60_000);
afterAll(async () => {
  for (const page of pages) page.ws.close();
  await gateway.close();
});

async function table(query: string, headers: Record<string, string> = { Cookie: statusCookie }): Promise<{ status: number; bytes: number; json: TableJson }> {
  const response = await fetch(`${gateway.url}/web/status/sessions/table${query}`, { headers });
  const text = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(text), json: (response.ok ? JSON.parse(text) : {}) as TableJson };
}
const rowCount = (html: string): number => (html.match(/<tr data-session-id=/g) ?? []).length;

describe('status page table: paged and filtered on the server', () => {
  it('serves one page of rows at a time, whatever the number of sessions', async () => {
    const total = MANY + 3;
    const first = await table('');
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ total, page: 1, pages: 3, summary: `Page 1 of 3 · ${total} sessions` });
    expect(rowCount(first.json.rows)).toBe(STATUS_PAGE_SIZE);
    const last = await table('?page=3');
    expect(rowCount(last.json.rows)).toBe(total - 2 * STATUS_PAGE_SIZE);
    expect((await table('?page=99')).json.page).toBe(3);
    // The poll's size does not grow with the table: one page of 50 rows, a few hundred bytes each.
    expect(first.bytes).toBeLessThan(STATUS_PAGE_SIZE * 1024);
    const html = await (await fetch(`${gateway.url}/web/status/sessions`, { headers: { Cookie: statusCookie } })).text();
    expect(rowCount(html)).toBe(STATUS_PAGE_SIZE);
    expect(html).toContain('id="next"');
  });

  it('filters by user and by project on the server, exactly', async () => {
    const billy = await table('?username=billy');
    expect(billy.json.total).toBe(1);
    expect(billy.json.rows).toContain('>demo<');
    expect((await table('?project=plant')).json.total).toBe(MANY);
    expect((await table('?project=plant&username=billy')).json.total).toBe(0);
    expect((await table('?project=Plant')).json.rows).toContain('No active sessions');
    expect((await table('?username=&project=')).json.total).toBe(MANY + 3);
    for (const bad of ['?page=0', '?page=abc', `?project=${'p'.repeat(65)}`]) expect((await table(bad)).status).toBe(400);
  });

  it('shows the raw user agent of an unrecognised client, escaped, and the parsed one otherwise', async () => {
    const kiosk = (await table('?project=kiosk')).json.rows;
    expect(kiosk).toContain('<td class="raw-ua"><code>PlantFloorKiosk/3.1 &#60;b&#62;not a browser&#60;/b&#62;</code></td>');
    expect(kiosk).not.toContain('<b>');
    const office = (await table('?project=office')).json.rows;
    expect(office).toContain('>Chrome 120.0.0.0</td>');
    expect(office).not.toContain('raw-ua');
  });

  it('needs the token for the table', async () => {
    expect((await table('', {})).status).toBe(401);
    expect((await table('', authHeaders(TOKEN))).status).toBe(200);
  });
});

describe('closing a session from the status page', () => {
  async function close(id: string, headers: Record<string, string>, body = '{"message":"Shift over"}'): Promise<Response> {
    return fetch(`${gateway.url}/web/status/sessions/${encodeURIComponent(id)}/close`, { method: 'POST', headers, body });
  }

  it('closes with the status cookie and a JSON message; the page shows the message', async () => {
    const target = pages[0];
    if (!target) throw new Error('no page');
    const id = target.welcome.sessionId;
    expect((await close(id, { 'Content-Type': 'application/json' })).status).toBe(401);
    expect((await close(id, { Cookie: statusCookie, 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await close(id, { Cookie: statusCookie, 'Content-Type': 'application/json' }, '{"message":5}')).status).toBe(400);
    const closed = await close(id, { Cookie: statusCookie, 'Content-Type': 'application/json' });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toEqual({ closed: id });
    expect(await target.closed).toMatchObject({ code: 4000 });
    expect(target.messages.at(-1)).toEqual({ type: 'closed', message: 'Shift over' });
    expect(logged.at(-1)).toMatchObject({ event: 'session-closed', by: 'status page', session: id });
    expect((await close(id, { Cookie: statusCookie, 'Content-Type': 'application/json' })).status).toBe(404);
  });
});

describe('status cookie lifetime', () => {
  it('is sent with Max-Age and checked on the server: expired, forged or old-style cookies are refused', async () => {
    const exchange = await fetch(`${gateway.url}/web/status/sessions?token=${TOKEN}`, { redirect: 'manual' });
    expect(exchange.headers.get('set-cookie')).toContain(`Max-Age=${STATUS_COOKIE_LIFETIME_SECONDS}`);
    let now = 1_700_000_000;
    const guard = new TokenGuard(TOKEN, () => now);
    const value = guard.issueStatusCookie();
    const request = (cookie: string) => ({ headers: { cookie: `perspective-status-auth=${cookie}` } }) as Parameters<TokenGuard['hasStatusAccess']>[0];
    expect(guard.hasStatusAccess(request(value))).toBe(true);
    const [expires, mac] = value.split('.');
    expect(guard.hasStatusAccess(request(`${Number(expires) + 3600}.${mac ?? ''}`))).toBe(false);
    expect(new TokenGuard('another-token-123', () => now).hasStatusAccess(request(value))).toBe(false);
    now += STATUS_COOKIE_LIFETIME_SECONDS - 1;
    expect(guard.hasStatusAccess(request(value))).toBe(true);
    now += 1;
    expect(guard.hasStatusAccess(request(value))).toBe(false);
    // The page answers an expired cookie with 401, like a missing one.
    const stale = await fetch(`${gateway.url}/web/status/sessions`, { headers: { Cookie: `perspective-status-auth=1000.${mac ?? ''}` } });
    expect(stale.status).toBe(401);
  });
});
