import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import type { GatewayLogEntry } from '../../gateway/log.js';
import { describeWithChromium, launchChromium } from './chromium.js';
import { BILLY_PASSWORD, EXAMPLE_USERS, waitFor } from './helpers.js';
import { agentFrom, send } from './http-clients.js';

// Issue #12 in a real browser: a session still works while another client floods the gateway with sessions
// (problem 2), and a login posted from a foreign origin is refused (problem 4).
const TOKEN = 'browser-hardening-token-1';
const FLOODER = '127.0.0.2';
const ATTACKER_HOST = '127.0.0.3';

describeWithChromium('gateway hardening in real Chromium', () => {
  let gateway: RunningGateway;
  let browser: Browser;
  const logged: GatewayLogEntry[] = [];

  beforeAll(async () => {
    gateway = await startGateway({ port: 0, token: TOKEN, usersFile: EXAMPLE_USERS }, { log: (entry) => logged.push(entry) });
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  async function pageId(page: Page): Promise<string> {
    await page.locator('#page-id').filter({ hasText: /^[0-9a-f]{8}$/ }).waitFor({ timeout: 15_000 });
    return (await page.locator('#page-id').textContent()) ?? '';
  }

  it('a browser gets a session, and logs in, while another address floods the gateway with sessions', async () => {
    const wsUrl = `${gateway.url.replace(/^http/, 'ws')}/data/perspective/client/demo/-/ws`;
    const held: WebSocket[] = [];
    const flood = { running: true, opened: 0, refused: 0, gets: 0 };
    const connectOnce = (): Promise<void> => new Promise((resolve) => {
      const ws = new WebSocket(wsUrl, { localAddress: FLOODER });
      ws.on('open', () => { flood.opened += 1; held.push(ws); resolve(); });
      ws.on('unexpected-response', (_req, res) => { if (res.statusCode === 429) flood.refused += 1; ws.terminate(); resolve(); });
      ws.on('error', () => resolve());
    });
    const agent = agentFrom(FLOODER, 8);
    // Bounded: stops when the browser is done, and after 20,000 attempts at most.
    const flooding = (async () => {
      for (let round = 0; flood.running && round < 2_000; round += 1) {
        await Promise.all([
          ...Array.from({ length: 4 }, connectOnce),
          ...Array.from({ length: 6 }, async (_, i) => {
            await send(`${gateway.url}/data/perspective/client/demo/p${round}-${i}`, { agent });
            flood.gets += 1;
          }),
        ]);
      }
    })();
    try {
      await waitFor(() => flood.refused > 0, 30_000, 'the flooder to reach its cap');
      const before = { ...flood };
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${gateway.url}/data/perspective/client/demo/home`);
      const firstPageId = await pageId(page);
      await page.click('#login');
      await page.fill('#username', 'billy');
      await page.fill('#password', BILLY_PASSWORD);
      await page.click('#submit');
      await page.locator('#username').filter({ hasText: 'billy' }).waitFor({ timeout: 15_000 });
      const secondPageId = await pageId(page);
      // The flood kept running while the browser did all that.
      expect(flood.refused).toBeGreaterThan(before.refused);
      expect(flood.gets).toBeGreaterThan(before.gets);
      flood.running = false;
      await flooding;

      const mine = gateway.listSessions({ username: 'billy' });
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ clientAddress: '127.0.0.1', project: 'demo', activePages: 1, pageIds: [secondPageId], authorized: true });
      expect(secondPageId).not.toBe(firstPageId);
      expect(gateway.listSessions().filter((session) => session.clientAddress === FLOODER)).toHaveLength(100);
      expect(flood.opened).toBe(100);
      console.log(`[flood] flooder: ${flood.opened} sessions held, ${flood.refused} WebSocket connects refused (429), ${flood.gets} page GETs; browser: logged in as billy`);
      // Logging out from the page ends billy's session.
      await page.click('#logout');
      await pageId(page);
      expect(await page.textContent('#username')).toBe('Unauthenticated');
      expect(gateway.listSessions({ username: 'billy' })).toEqual([]);
      await context.close();
    } finally {
      flood.running = false;
      await flooding;
      agent.destroy();
      for (const ws of held) ws.close();
    }
  }, 120_000);

  it('a login form posted from a foreign origin is refused with 403; the same login from the gateway\'s own form works', async () => {
    const gatewayLogin = `${gateway.url}/data/perspective/client/demo/-/login`;
    const attackerPage = `<!doctype html><html><body>
<form id="f" method="post" action="${gatewayLogin}">
<input name="username" value="billy"><input name="password" value="${BILLY_PASSWORD}"><input name="return" value="home">
</form><script>document.getElementById('f').submit();</script></body></html>`;
    const attacker: Server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(attackerPage);
    });
    await new Promise<void>((resolve) => attacker.listen(0, ATTACKER_HOST, resolve));
    try {
      const context = await browser.newContext();
      const victim = await context.newPage();
      const refused = victim.waitForResponse((response) => response.url() === gatewayLogin);
      await victim.goto(`http://${ATTACKER_HOST}:${(attacker.address() as AddressInfo).port}/`);
      const response = await refused;
      expect(response.status()).toBe(403);
      expect(await response.headerValue('set-cookie')).toBeNull();
      await victim.locator('body').filter({ hasText: 'Cross-site request refused' }).waitFor();
      expect(gateway.listSessions({ username: 'billy' })).toEqual([]);
      expect(logged.some((entry) => entry.event === 'cross-site-refused' && entry.path === '/data/perspective/client/demo/-/login')).toBe(true);

      // The victim's browser is not logged in as billy…
      await victim.goto(`${gateway.url}/data/perspective/client/demo/home`);
      await pageId(victim);
      expect(await victim.textContent('#username')).toBe('Unauthenticated');
      // …and the gateway's own form still logs in from the same browser.
      await victim.click('#login');
      await victim.fill('#username', 'billy');
      await victim.fill('#password', BILLY_PASSWORD);
      await victim.click('#submit');
      await victim.locator('#username').filter({ hasText: 'billy' }).waitFor({ timeout: 15_000 });
      expect(gateway.listSessions({ username: 'billy' })).toHaveLength(1);
      await context.close();
    } finally {
      attacker.closeAllConnections();
      await new Promise((resolve) => attacker.close(resolve));
    }
  }, 60_000);
});
