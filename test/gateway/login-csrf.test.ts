import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayLogEntry } from '../../gateway/log.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { authHeaders, BILLY_PASSWORD, EXAMPLE_USERS, openSession } from './helpers.js';

// Issue #12, problem 4: a cross-site form posting billy's credentials logged the victim's browser in as billy.
const TOKEN = 'csrf-test-token-0123';
let gateway: RunningGateway;
const logged: GatewayLogEntry[] = [];

beforeAll(async () => {
  gateway = await startGateway({ port: 0, token: TOKEN, usersFile: EXAMPLE_USERS }, { log: (entry) => logged.push(entry) });
});
afterAll(async () => {
  await gateway.close();
});

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
const billyForm = new URLSearchParams({ username: 'billy', password: BILLY_PASSWORD }).toString();

function loginWith(headers: Record<string, string>): Promise<Response> {
  return fetch(`${gateway.url}/data/perspective/client/demo/-/login`, { method: 'POST', redirect: 'manual', headers: { ...FORM, ...headers }, body: billyForm });
}

describe('cross-site requests', () => {
  it.each([
    [{ Origin: 'http://evil.example' }],
    [{ Origin: 'null' }],
    [{ Origin: 'http://127.0.0.1:1' }],
    [{ 'Sec-Fetch-Site': 'cross-site' }],
    [{ 'Sec-Fetch-Site': 'same-site' }],
    [{ Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses a login posted with %j: 403, no cookie, nobody logged in', async (headers) => {
    const response = await loginWith(headers);
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(gateway.listSessions({ username: 'billy' })).toEqual([]);
    expect(logged.at(-1)).toMatchObject({ event: 'cross-site-refused', method: 'POST', path: '/data/perspective/client/demo/-/login' });
  });

  it('logs in from the gateway\'s own origin, and from clients that send no Origin (curl, scripts)', async () => {
    const host = new URL(gateway.url).host;
    const sameOrigin = await loginWith({ Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(sameOrigin.status).toBe(303);
    const noOrigin = await loginWith({});
    expect(noOrigin.status).toBe(303);
    // Sec-Fetch-Site, which only a browser sets, decides when present (a page under no-referrer sends Origin: null).
    const fetchMetadata = await loginWith({ Origin: 'null', 'Sec-Fetch-Site': 'same-origin' });
    expect(fetchMetadata.status).toBe(303);
    expect(gateway.listSessions({ username: 'billy' })).toHaveLength(3);
  });

  it('serves pages with Referrer-Policy: same-origin, so the gateway\'s own forms carry their Origin', async () => {
    for (const path of ['/data/perspective/client/demo/home', '/data/perspective/client/demo/-/login']) {
      expect((await fetch(gateway.url + path)).headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  it('refuses cross-site logout, API close and status-page close; the session lives on', async () => {
    const { cookie, page } = await openSession(gateway.url, 'victim');
    const id = page?.welcome.sessionId ?? '';
    const evil = { Origin: 'http://evil.example' };
    const logout = await fetch(`${gateway.url}/data/perspective/client/victim/-/logout`, { method: 'POST', redirect: 'manual', headers: { ...evil, Cookie: cookie } });
    expect(logout.status).toBe(403);
    const apiClose = await fetch(`${gateway.url}/data/api/v1/sessions/${id}/close`, { method: 'POST', headers: { ...evil, ...authHeaders(TOKEN) }, body: '{"message":null}' });
    expect(apiClose.status).toBe(403);
    const statusClose = await fetch(`${gateway.url}/web/status/sessions/${id}/close`, {
      method: 'POST', headers: { ...evil, ...authHeaders(TOKEN), 'Content-Type': 'application/json' }, body: '{"message":null}',
    });
    expect(statusClose.status).toBe(403);
    expect(gateway.listSessions({ project: 'victim' })).toHaveLength(1);
    page?.ws.close();
  });
});
