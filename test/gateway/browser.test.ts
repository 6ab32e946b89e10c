import { mkdirSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GatewayBackend } from '../../bindings/backends/gateway.js';
import { runScript } from '../../bindings/run-script.js';
import type { SessionRecord } from '../../bindings/session.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { describeWithChromium, launchChromium } from './chromium.js';
import { BILLY_PASSWORD, EXAMPLE_USERS, waitFor } from './helpers.js';

const ANDROID_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const TOKEN = 'browser-e2e-token-123456';
const SCREENSHOT = new URL('../../test-results/gateway-status-sessions.png', import.meta.url).pathname;
const NO_FILTER = { username: null, project: null };

describeWithChromium('live gateway driven by real Chromium', () => {
  let gateway: RunningGateway;
  let browser: Browser;
  let backend: GatewayBackend;

  beforeAll(async () => {
    gateway = await startGateway({ port: 0, token: TOKEN, usersFile: EXAMPLE_USERS, heartbeatMs: 500 });
    backend = new GatewayBackend({ url: gateway.url, token: TOKEN });
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  /** Opens a client page and waits until its WebSocket got a page id; returns that id. */
  async function openClientPage(page: Page, path: string): Promise<string> {
    await page.goto(`${gateway.url}/data/perspective/client/demo/${path}`);
    await page.locator('#page-id').filter({ hasText: /^[0-9a-f]{8}$/ }).waitFor({ timeout: 10_000 });
    return (await page.locator('#page-id').textContent()) ?? '';
  }

  async function demoSessions(): Promise<SessionRecord[]> {
    return backend.listSessions({ username: null, project: 'demo' });
  }

  it('tracks tabs, mobile clients, logins, tab closes and closeSession for real browser sessions', async () => {
    // Desktop context: two tabs, one session.
    const desktop = await browser.newContext();
    const tab1 = await desktop.newPage();
    const tab2 = await desktop.newPage();
    const tab1Id = await openClientPage(tab1, 'home');
    const tab2Id = await openClientPage(tab2, 'overview');
    expect(tab1Id).not.toBe(tab2Id);
    await tab1.click('#ping');

    // Mobile context declaring itself as the Android native app, logging in as billy.
    const android = await browser.newContext({ userAgent: ANDROID_UA, viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
    const androidPage = await android.newPage();
    await openClientPage(androidPage, 'home?scope=android');
    await androidPage.click('#login');
    await androidPage.fill('#username', 'billy');
    await androidPage.fill('#password', BILLY_PASSWORD);
    await androidPage.click('#submit');
    await androidPage.locator('#username').filter({ hasText: 'billy' }).waitFor();
    const androidPageId = await openClientPage(androidPage, 'home');

    // A plain mobile browser stays scope "browser".
    const iphone = await browser.newContext({ userAgent: IPHONE_UA, viewport: { width: 390, height: 844 }, isMobile: true });
    const iphonePage = await iphone.newPage();
    const iphonePageId = await openClientPage(iphonePage, 'home');

    const sessions = await waitFor(async () => {
      const all = await demoSessions();
      const settled = all.length === 3 && all.every((s) => s.totalBytesSent > 0) && all.some((s) => s.activePages === 2);
      return settled ? all : undefined;
    }, 10_000, 'three demo sessions with traffic');
    const desktopSession = sessions.find((s) => s.activePages === 2);
    const androidSession = sessions.find((s) => s.sessionScope === 'android');
    const iphoneSession = sessions.find((s) => s.userAgent === IPHONE_UA);
    expect(desktopSession).toMatchObject({ username: 'Unauthenticated', sessionScope: 'browser', clientAddress: '127.0.0.1', authorized: false });
    expect(desktopSession?.userAgent).toMatch(/Chrome\//);
    expect(new Set(desktopSession?.pageIds)).toEqual(new Set([tab1Id, tab2Id]));
    expect(androidSession).toMatchObject({ username: 'billy', userAgent: ANDROID_UA, activePages: 1, pageIds: [androidPageId], authorized: true });
    expect(iphoneSession).toMatchObject({ username: 'Unauthenticated', sessionScope: 'browser', activePages: 1, pageIds: [iphonePageId] });
    expect(await backend.listSessions({ username: 'billy', project: null })).toHaveLength(1);
    expect(await backend.listSessions({ username: 'Unauthenticated', project: 'demo' })).toHaveLength(2);
    for (const session of sessions) expect(session.recentBytesSent).toBeGreaterThan(0);

    // The same data through a Python script, as \`run --gateway\` runs it.
    const report = await runScript(`
sessions = system.perspective.getSessionInfo(projectFilter='demo')
print len(sessions)
for s in sorted(sessions, key=lambda s: (s['username'], s['activePages'])):
    print s['username'], s['sessionScope'], s['activePages'], ','.join(sorted(s['pageIds'])), s['totalBytesSent'] > 0
`, { backend });
    expect(report.stderr).toBe('');
    expect(report.stdout).toBe([
      '3',
      `Unauthenticated browser 1 ${iphonePageId} True`,
      `Unauthenticated browser 2 ${[tab1Id, tab2Id].sort().join(',')} True`,
      `billy android 1 ${androidPageId} True`,
      '',
    ].join('\n'));

    // The status page needs the token and renders the sessions live.
    const operator = await browser.newContext();
    const statusPage = await operator.newPage();
    const refused = await statusPage.goto(`${gateway.url}/web/status/sessions`);
    expect(refused?.status()).toBe(401);
    expect(await statusPage.textContent('body')).not.toContain(desktopSession?.id ?? 'missing');
    await statusPage.goto(`${gateway.url}/web/status/sessions?token=${TOKEN}`);
    expect(statusPage.url()).toBe(`${gateway.url}/web/status/sessions`);
    await statusPage.locator('#updated').filter({ hasText: /^updated/ }).waitFor();
    expect(await statusPage.locator('tr[data-session-id]').count()).toBe(3);
    const statusText = await statusPage.innerText('#sessions');
    for (const session of sessions) expect(statusText).toContain(session.id);
    expect(statusText).toContain('billy');
    expect(statusText).toContain('android');
    expect(statusText).toContain('Mobile (Google Pixel 8)');
    expect(statusText).toContain('Android 14');
    expect(statusText).toContain('Mobile (Apple iPhone)');
    expect(statusText).toMatch(/Linux/);
    mkdirSync(new URL('.', `file://${SCREENSHOT}`).pathname, { recursive: true });
    await statusPage.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(5_000);

    // Closing a tab removes its page.
    await tab2.close();
    const afterTabClose = await waitFor(async () => (await demoSessions()).find((s) => s.id === desktopSession?.id && s.activePages === 1), 10_000, 'tab close');
    expect(afterTabClose.pageIds).toEqual([tab1Id]);

    // closeSession from a script ends the live browser session and the page shows the message.
    const message = 'Maintenance at 18:00 - please log in again later.';
    const closer = await runScript(`
for s in system.perspective.getSessionInfo('billy'):
    system.perspective.closeSession(${JSON.stringify(message)}, s['id'])
`, { backend });
    expect(closer).toMatchObject({ exitCode: 0, stderr: '' });
    await androidPage.locator('#closed').waitFor({ state: 'visible' });
    expect(await androidPage.textContent('#closed-message')).toBe(message);
    await androidPage.screenshot({ path: SCREENSHOT.replace('gateway-status-sessions', 'gateway-session-closed') });
    expect(await backend.listSessions({ username: 'billy', project: null })).toEqual([]);
    await statusPage.locator(`tr[data-session-id="${androidSession?.id ?? ''}"]`).waitFor({ state: 'detached', timeout: 5_000 });
    expect(await tab1.textContent('#status')).toBe('connected');
    expect((await backend.listSessions(NO_FILTER)).length).toBe(2);

    // Reloading the closed tab starts a fresh, unauthenticated session.
    await androidPage.reload();
    await androidPage.locator('#page-id').filter({ hasText: /^[0-9a-f]{8}$/ }).waitFor();
    expect(await androidPage.textContent('#username')).toBe('Unauthenticated');
    expect((await demoSessions()).length).toBe(3);
  }, 90_000);

  it('the status page filters on the server and closes a session from its button, asking for a message', async () => {
    const client = await browser.newContext({ userAgent: 'LineScanner/2.0 (firmware 7)' });
    const clientPage = await client.newPage();
    await clientPage.goto(`${gateway.url}/data/perspective/client/ops/line-1`);
    await clientPage.locator('#page-id').filter({ hasText: /^[0-9a-f]{8}$/ }).waitFor({ timeout: 10_000 });
    const operator = await browser.newContext();
    const status = await operator.newPage();
    await status.goto(`${gateway.url}/web/status/sessions?token=${TOKEN}`);
    await status.fill('#filter-project', 'ops');
    await status.click('#apply-filter');
    await status.locator('#updated').filter({ hasText: /^updated/ }).waitFor();
    expect(status.url()).toBe(`${gateway.url}/web/status/sessions?username=&project=ops`);
    expect(await status.locator('tr[data-session-id]').count()).toBe(1);
    expect(await status.textContent('#summary')).toBe('Page 1 of 1 · 1 session');
    // An unrecognised client shows its raw user agent.
    expect(await status.textContent('td.raw-ua')).toBe('LineScanner/2.0 (firmware 7)');
    const message = 'Line 1 is shutting down for cleaning.';
    status.once('dialog', (dialog) => void dialog.accept(message));
    await status.click('button.close-session');
    await clientPage.locator('#closed').waitFor({ state: 'visible' });
    expect(await clientPage.textContent('#closed-message')).toBe(message);
    await status.locator('#action').filter({ hasText: /^Closed session/ }).waitFor();
    await status.locator('tr[data-session-id]').first().waitFor({ state: 'detached' });
    expect(await backend.listSessions({ username: null, project: 'ops' })).toEqual([]);
    await client.close();
    await operator.close();
  }, 60_000);
});
