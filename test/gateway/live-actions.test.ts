import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PerspectiveAction } from '../../bindings/backend.js';
import { GatewayBackend } from '../../bindings/backends/gateway.js';
import type { JsonObject } from '../../bindings/effects/effect-log.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { describeWithChromium, launchChromium } from './chromium.js';
import { authHeaders, waitFor } from './helpers.js';

const TOKEN = 'live-actions-token-123456';
const CLI = new URL('../../dist/cli.cjs', import.meta.url).pathname;

interface PageRecord {
  pageId: string;
  path: string | null;
  theme: string | null;
  popups: string[];
  docks: string[];
  delivered: Record<string, number>;
  handled: number;
}

describeWithChromium('system.perspective actions performed live in real Chromium pages', () => {
  let gateway: RunningGateway;
  let browser: Browser;
  let backend: GatewayBackend;

  beforeAll(async () => {
    gateway = await startGateway({ port: 0, token: TOKEN, heartbeatMs: 500 });
    backend = new GatewayBackend({ url: gateway.url, token: TOKEN });
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  async function openClientPage(page: Page, project: string, path: string): Promise<{ sessionId: string; pageId: string }> {
    await page.goto(`${gateway.url}/data/perspective/client/${project}/${path}`);
    await page.locator('#page-id').filter({ hasText: /^[0-9a-f]{8}$/ }).waitFor({ timeout: 10_000 });
    return { sessionId: (await page.textContent('#session-id')) ?? '', pageId: (await page.textContent('#page-id')) ?? '' };
  }

  async function pageRecords(sessionId: string): Promise<PageRecord[]> {
    const response = await fetch(`${gateway.url}/data/api/v1/sessions/${sessionId}/pages`, { headers: authHeaders(TOKEN) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { pages: PageRecord[] }).pages;
  }

  /** The page's record once it has handled everything it was sent and `ready` holds. */
  async function settled(sessionId: string, pageId: string, ready: (record: PageRecord) => boolean = () => true): Promise<PageRecord> {
    return waitFor(async () => {
      const record = (await pageRecords(sessionId)).find((p) => p.pageId === pageId);
      if (!record) return undefined;
      const sent = Object.values(record.delivered).reduce((sum, count) => sum + count, 0);
      return record.handled === sent && ready(record) ? record : undefined;
    }, 10_000, `page ${pageId} to settle`);
  }

  it('a broadcast reaches every (session, page) exactly once: shown in each message log, seen by the hook, counted by the API', async () => {
    const desktop = await browser.newContext();
    const tabs = [await desktop.newPage(), await desktop.newPage()];
    const phone = await browser.newContext();
    tabs.push(await phone.newPage());
    const opened = [];
    for (const tab of tabs) opened.push(await openClientPage(tab, 'broadcast', 'home'));
    for (const tab of tabs) {
      await tab.evaluate(() => {
        const seen: unknown[] = [];
        Object.assign(window, { seenMessages: seen });
        window.addEventListener('perspective-message', (event) => seen.push((event as CustomEvent).detail));
      });
    }
    // The broadcast pattern, as a gateway script does it: every session, every page.
    let sent = 0;
    for (const session of await backend.listSessions({ username: null, project: 'broadcast' })) {
      for (const pageId of session.pageIds) {
        const result = await backend.performAction({ function: 'sendMessage', sessionId: session.id, pageId, args: { messageType: 'shift-change', payload: { shift: 'B', line: 3 }, scope: 'page' } });
        expect(result.pageIds).toEqual([pageId]);
        sent += 1;
      }
    }
    expect(sent).toBe(3);
    for (const [index, tab] of tabs.entries()) {
      const target = opened[index];
      if (!target) throw new Error('missing page');
      await settled(target.sessionId, target.pageId, (record) => record.delivered['sendMessage'] === 1);
      expect(await tab.locator('#message-log li').count()).toBe(1);
      expect(await tab.textContent('#message-log li .message-type')).toBe('shift-change');
      expect(JSON.parse((await tab.textContent('#message-log li .message-payload')) ?? 'null')).toEqual({ shift: 'B', line: 3 });
      expect(await tab.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages)).toEqual([{ messageType: 'shift-change', payload: { shift: 'B', line: 3 }, scope: 'page' }]);
    }
    const log = await (await fetch(`${gateway.url}/data/api/v1/actions`, { headers: authHeaders(TOKEN) })).json() as { byFunction: Record<string, number>; deliveries: number };
    expect(log.byFunction['sendMessage']).toBe(3);
    expect(log.deliveries).toBe(3);
    await desktop.close();
    await phone.close();
  }, 90_000);

  it('navigate, popups, docks, download, theme, vibrate, refresh and closePage are each visible in the page and counted', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    const { sessionId, pageId } = await openClientPage(tab, 'plant', 'home');
    const act = (fn: string, args: JsonObject, target: string | null = pageId): Promise<unknown> => {
      const action: PerspectiveAction = { function: fn, sessionId, pageId: target, args };
      return backend.performAction(action);
    };

    await act('navigate', { page: '/line/3' });
    await tab.locator('#page-path').filter({ hasText: '/line/3' }).waitFor();
    expect(tab.url()).toBe(`${gateway.url}/data/perspective/client/plant/line/3`);
    expect((await settled(sessionId, pageId, (r) => r.path === '/line/3')).path).toBe('/line/3');
    await act('navigate', { view: 'Overlays/Alarm', params: { area: 'north' } });
    await tab.locator('#view').filter({ hasText: 'Overlays/Alarm' }).waitFor();
    expect(JSON.parse((await tab.textContent('#view-params')) ?? 'null')).toEqual({ area: 'north' });

    await act('openPopup', { id: 'alarm-1', view: 'Popups/AlarmDetail', params: { alarmId: 42 }, title: 'Alarm 42', modal: true });
    const popup = tab.locator('#popups .popup[data-popup-id="alarm-1"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('.popup-title').textContent()).toBe('Alarm 42');
    expect(await popup.locator('.popup-view').textContent()).toBe('Popups/AlarmDetail');
    expect(JSON.parse((await popup.locator('.popup-params').textContent()) ?? 'null')).toEqual({ alarmId: 42 });
    expect((await settled(sessionId, pageId, (r) => r.popups.length === 1)).popups).toEqual(['alarm-1']);
    await act('closePopup', { id: 'alarm-1' });
    await popup.waitFor({ state: 'detached' });
    await act('togglePopup', { id: 'help', view: 'Popups/Help' });
    await tab.locator('#popups .popup[data-popup-id="help"]').waitFor({ state: 'visible' });
    await act('togglePopup', { id: 'help', view: 'Popups/Help' });
    await tab.locator('#popups .popup[data-popup-id="help"]').waitFor({ state: 'detached' });
    expect((await settled(sessionId, pageId, (r) => r.popups.length === 0)).popups).toEqual([]);

    await act('alterDock', { dockId: 'nav', config: { view: 'Docks/Navigation' } });
    await act('openDock', { id: 'nav', params: { section: 'packing' } });
    const dock = tab.locator('#docks .dock[data-dock-id="nav"]');
    await dock.waitFor({ state: 'visible' });
    expect(await dock.locator('.dock-view').textContent()).toBe('Docks/Navigation');
    expect(JSON.parse((await dock.locator('.dock-params').textContent()) ?? 'null')).toEqual({ section: 'packing' });
    expect((await settled(sessionId, pageId, (r) => r.docks.length === 1)).docks).toEqual(['nav']);
    await act('closeDock', { id: 'nav' });
    await dock.waitFor({ state: 'detached' });

    const csv = 'line,count\n3,1204\nnorth,é\n';
    const downloadEvent = tab.waitForEvent('download');
    await act('download', { filename: 'counts.csv', data: csv, contentType: 'text/csv' });
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toBe('counts.csv');
    expect(await readFile(await download.path(), 'utf8')).toBe(csv);

    await act('setTheme', { name: 'dark' });
    await tab.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
    expect(await tab.textContent('#theme')).toBe('dark');
    await act('vibrateDevice', { duration: 500 });
    await tab.locator('#action-log li[data-function="vibrateDevice"]').waitFor();
    const record = await settled(sessionId, pageId, (r) => r.theme === 'dark' && r.delivered['vibrateDevice'] === 1);
    expect(record.delivered).toEqual({ navigate: 2, openPopup: 1, closePopup: 1, togglePopup: 2, alterDock: 1, openDock: 1, closeDock: 1, download: 1, setTheme: 1, vibrateDevice: 1 });
    expect(record.handled).toBe(12);
    expect(await tab.locator('#action-log li').count()).toBe(12);

    // refresh reloads the tab: it connects again as a new page (a new page id) of the same session, at the same path.
    const reloaded = tab.waitForEvent('load');
    await act('refresh', {});
    await reloaded;
    await tab.locator('#page-id').filter({ hasText: /^[0-9a-f]{8}$/ }).waitFor();
    const newPageId = (await tab.textContent('#page-id')) ?? '';
    expect(newPageId).not.toBe(pageId);
    expect(await tab.textContent('#session-id')).toBe(sessionId);
    expect(await tab.textContent('#page-path')).toBe('/line/3');
    expect(await tab.locator('#action-log li').count()).toBe(0);
    const session = await waitFor(async () => (await backend.listSessions({ username: null, project: 'plant' })).find((s) => s.pageIds.length === 1 && s.pageIds[0] === newPageId), 10_000, 'the reloaded page');
    expect(session.id).toBe(sessionId);

    await backend.performAction({ function: 'closePage', sessionId, pageId: newPageId, args: { message: 'Station moved to line 4.' } });
    await tab.locator('#closed').waitFor({ state: 'visible' });
    expect(await tab.textContent('#closed-message')).toBe('Station moved to line 4.');
    await tab.locator('#status').filter({ hasText: 'page closed' }).waitFor();
    await context.close();
  }, 120_000);

  it('shows hostile text as text, opens a page in a new tab, and follows navigate(url=...)', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const { sessionId, pageId } = await openClientPage(tab, 'hostile', 'home');
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await backend.performAction({ function: 'sendMessage', sessionId, pageId, args: { messageType: markup, payload: { html: markup } } });
    await backend.performAction({ function: 'openPopup', sessionId, pageId, args: { id: markup, view: markup, title: markup } });
    await settled(sessionId, pageId, (r) => r.popups.length === 1);
    expect(await tab.textContent('#message-log li .message-type')).toBe(markup);
    expect(await tab.textContent('#popups .popup-title')).toBe(markup);
    expect(await tab.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);

    const opened = context.waitForEvent('page');
    await backend.performAction({ function: 'navigate', sessionId, pageId, args: { page: 'reports/daily', newTab: true } });
    const newTab = await opened;
    await newTab.locator('#page-id').filter({ hasText: /^[0-9a-f]{8}$/ }).waitFor({ timeout: 10_000 });
    expect(await newTab.textContent('#page-path')).toBe('/reports/daily');
    expect(await newTab.textContent('#session-id')).toBe(sessionId);
    expect(await tab.textContent('#page-path')).toBe('/home');

    const left = tab.waitForEvent('load');
    await backend.performAction({ function: 'navigate', sessionId, pageId, args: { url: `${gateway.url}/data/perspective/client/hostile/elsewhere` } });
    await left;
    expect(tab.url()).toBe(`${gateway.url}/data/perspective/client/hostile/elsewhere`);
    await context.close();
  }, 90_000);

  it('the broadcast script through `run --gateway` shows exactly one message in each Chromium page', async () => {
    const contexts = [await browser.newContext(), await browser.newContext()];
    const tabs = [await contexts[0]?.newPage(), await contexts[0]?.newPage(), await contexts[1]?.newPage()].filter((tab): tab is Page => tab !== undefined);
    for (const tab of tabs) await openClientPage(tab, 'cli-broadcast', 'home');
    const dir = await mkdtemp(join(tmpdir(), 'live-actions-'));
    const script = join(dir, 'broadcast.py');
    await writeFile(script, [
      'sent = 0',
      'for s in system.perspective.getSessionInfo(projectFilter="cli-broadcast"):',
      '    for p in s["pageIds"]:',
      '        system.perspective.sendMessage("refresh", {"x": 1}, scope="page", sessionId=s["id"], pageId=p)',
      '        sent += 1',
      'print sent',
      '',
    ].join('\n'));
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [CLI, 'run', '--gateway', gateway.url, '--token', TOKEN, script], { timeout: 60_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });
    expect(result).toMatchObject({ code: 0, stdout: '3\n', stderr: '' });
    for (const tab of tabs) {
      await tab.locator('#message-log li').first().waitFor();
      expect(await tab.locator('#message-log li').count()).toBe(1);
      expect(await tab.textContent('#message-log li .message-type')).toBe('refresh');
      expect(JSON.parse((await tab.textContent('#message-log li .message-payload')) ?? 'null')).toEqual({ x: 1 });
    }
    for (const context of contexts) await context?.close();
  }, 90_000);
});
