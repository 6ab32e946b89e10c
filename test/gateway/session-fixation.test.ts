import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayLogEntry } from '../../gateway/log.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { BILLY_PASSWORD, EXAMPLE_USERS, openPage, openSession } from './helpers.js';

// Issue #12, problem 3: after login the cookie and the session id stayed the same, so a cookie planted before
// login became a logged-in session.
let gateway: RunningGateway;
const logged: GatewayLogEntry[] = [];

beforeAll(async () => {
  gateway = await startGateway({ port: 0, token: 'fixation-token-0123', usersFile: EXAMPLE_USERS }, { log: (entry) => logged.push(entry) });
});
afterAll(async () => {
  await gateway.close();
});

function login(cookie: string): Promise<Response> {
  return fetch(`${gateway.url}/data/perspective/client/demo/-/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'billy', password: BILLY_PASSWORD }).toString(),
  });
}

const cookieOf = (response: Response): string => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('session fixation', () => {
  it('a cookie planted before login does not become the logged-in session', async () => {
    // The attacker starts a session and plants its cookie in the victim's browser; the victim logs in.
    const planted = await openSession(gateway.url, 'demo');
    planted.page?.ws.close();
    const response = await login(planted.cookie);
    expect(response.status).toBe(303);
    const victimCookie = cookieOf(response);
    expect(victimCookie).toMatch(/^perspective-session=[A-Za-z0-9_-]{43}$/);
    expect(victimCookie).not.toBe(planted.cookie);

    // The attacker's copy of the cookie leads nowhere: a page shows no login, a WebSocket starts a new session.
    const attackerPage = await fetch(`${gateway.url}/data/perspective/client/demo/home`, { headers: { Cookie: planted.cookie } });
    expect(await attackerPage.text()).not.toContain('id="logout"');
    const attacker = await openPage(gateway.url, 'demo', planted.cookie);
    expect(attacker.welcome.username).toBe('Unauthenticated');
    expect(attacker.setCookie).toMatch(/^perspective-session=/);
    expect(attacker.setCookie).not.toBe(planted.cookie);

    // The victim's new cookie is billy's session (the same session, as Ignition re-authenticates it).
    const victim = await openPage(gateway.url, 'demo', victimCookie);
    expect(victim.welcome).toMatchObject({ username: 'billy', sessionId: planted.page?.welcome.sessionId });
    expect(attacker.welcome.sessionId).not.toBe(victim.welcome.sessionId);
    expect(gateway.listSessions({ username: 'billy' })).toHaveLength(1);
    expect(logged.some((entry) => entry.event === 'login' && entry.session === victim.welcome.sessionId)).toBe(true);
    attacker.ws.close();
    victim.ws.close();
  });

  it('a login without any session starts a fresh one with its own secret', async () => {
    const response = await login('perspective-session=chosen-by-the-attacker');
    expect(response.status).toBe(303);
    const cookie = cookieOf(response);
    expect(cookie).not.toContain('chosen-by-the-attacker');
    const page = await openPage(gateway.url, 'demo', cookie);
    expect(page.welcome.username).toBe('billy');
    page.ws.close();
  });

  it('logout ends the session: its cookie is dead and the next page gets a new session and a new secret', async () => {
    const visit = await openSession(gateway.url, 'demo');
    const loggedIn = cookieOf(await login(visit.cookie));
    const logout = await fetch(`${gateway.url}/data/perspective/client/demo/-/logout`, { method: 'POST', redirect: 'manual', headers: { Cookie: loggedIn } });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('set-cookie')).toBe('perspective-session=; Path=/data/perspective/client/demo; HttpOnly; SameSite=Lax; Max-Age=0');
    expect(await visit.page?.closed).toMatchObject({ code: 4000 });
    const again = await openPage(gateway.url, 'demo', loggedIn);
    expect(again.welcome.username).toBe('Unauthenticated');
    expect(again.welcome.sessionId).not.toBe(visit.page?.welcome.sessionId);
    expect(again.setCookie).not.toBe(loggedIn);
    expect(again.setCookie).not.toBe(visit.cookie);
    again.ws.close();
  });
});
