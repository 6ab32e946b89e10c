import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageNotFoundError, SessionNotFoundError } from '../../bindings/backend.js';
import { GatewayBackend } from '../../bindings/backends/gateway.js';
import { startGateway, type RunningGateway, type ServerMessage } from '../../gateway/index.js';
import { authHeaders, openPage, openSession, waitFor, type OpenedPage } from './helpers.js';

const TOKEN = 'actions-api-token-0123456789';
let gateway: RunningGateway;
let backend: GatewayBackend;

beforeAll(async () => {
  gateway = await startGateway({ port: 0, token: TOKEN });
  backend = new GatewayBackend({ url: gateway.url, token: TOKEN });
});
afterAll(async () => {
  await gateway.close();
});

/** A session with `count` pages (WebSockets as a browser opens them). */
async function sessionWithPages(project: string, count: number): Promise<{ id: string; pages: OpenedPage[] }> {
  const first = await openSession(gateway.url, project);
  if (!first.page) throw new Error('no page');
  const pages = [first.page];
  while (pages.length < count) pages.push(await openPage(gateway.url, project, first.cookie));
  return { id: first.page.welcome.sessionId, pages };
}

const actionsOf = (page: OpenedPage): Array<Extract<ServerMessage, { type: 'action' }>> =>
  page.messages.filter((message): message is Extract<ServerMessage, { type: 'action' }> => message.type === 'action');

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(`${gateway.url}${path}`, { headers: authHeaders(TOKEN) });
  expect(response.status).toBe(200);
  return response.json();
}

describe('POST /data/api/v1/sessions/<id>/actions through GatewayBackend.performAction', () => {
  it('delivers a message to every page of the session (pageId null) exactly once, in page order, and counts it', async () => {
    const { id, pages } = await sessionWithPages('broadcast', 3);
    const result = await backend.performAction({ function: 'sendMessage', sessionId: id, pageId: null, args: { messageType: 'refresh', payload: { x: 1 }, scope: 'page' } });
    const pageIds = pages.map((page) => page.welcome.pageId);
    expect(result.pageIds).toEqual(pageIds);
    for (const page of pages) {
      await waitFor(() => actionsOf(page).length === 1, 5000, 'the action on each page');
      expect(actionsOf(page)).toEqual([{ type: 'action', seq: expect.any(Number), function: 'sendMessage', args: { messageType: 'refresh', payload: { x: 1 }, scope: 'page' } }]);
    }
    const one = await backend.performAction({ function: 'sendMessage', sessionId: id, pageId: pageIds[1] ?? '', args: { messageType: 'only-one', payload: null } });
    expect(one.pageIds).toEqual([pageIds[1]]);
    await waitFor(() => actionsOf(pages[1] as OpenedPage).length === 2, 5000, 'the second message');
    expect(actionsOf(pages[1] as OpenedPage)[1]?.args).toEqual({ messageType: 'only-one', payload: {}, scope: 'page' });
    expect(actionsOf(pages[0] as OpenedPage)).toHaveLength(1);
    const { pages: records } = await getJson(`/data/api/v1/sessions/${id}/pages`) as { pages: Array<{ pageId: string; delivered: Record<string, number> }> };
    expect(records.map((record) => [record.pageId, record.delivered['sendMessage']])).toEqual([[pageIds[0], 1], [pageIds[1], 2], [pageIds[2], 1]]);
    for (const page of pages) page.ws.close();
  });

  it('fails as a gateway fails for an unknown session or page, naming the id', async () => {
    const { id, pages } = await sessionWithPages('targets', 1);
    await expect(backend.performAction({ function: 'refresh', sessionId: 'no-such-session', pageId: null, args: {} }))
      .rejects.toThrow(new SessionNotFoundError('no-such-session'));
    const missingPage = backend.performAction({ function: 'refresh', sessionId: id, pageId: 'deadbeef', args: {} });
    await expect(missingPage).rejects.toBeInstanceOf(PageNotFoundError);
    await expect(missingPage).rejects.toThrow(`Page 'deadbeef' not found in Perspective session '${id}'`);
    expect(actionsOf(pages[0] as OpenedPage)).toEqual([]);
    pages[0]?.ws.close();
  });

  it('refuses arguments the page could not perform as a Python ValueError naming the problem, and sends nothing', async () => {
    const { id, pages } = await sessionWithPages('refusals', 1);
    const refused = [
      { function: 'navigate', args: { url: 'javascript:alert(1)' }, says: 'url must be an absolute http' },
      { function: 'navigate', args: {}, says: 'navigate needs page, view or url' },
      { function: 'setTheme', args: { name: '"><script>' }, says: 'name must be a theme name' },
      { function: 'openPopup', args: { id: 'p' }, says: 'view' },
      { function: 'print', args: {}, says: 'function' },
    ];
    for (const { function: fn, args, says } of refused) {
      const call = backend.performAction({ function: fn, sessionId: id, pageId: null, args });
      await expect(call).rejects.toMatchObject({ name: 'RaiseInPython', pyType: 'ValueError' });
      await expect(call).rejects.toThrow(says);
    }
    expect(actionsOf(pages[0] as OpenedPage)).toEqual([]);
    pages[0]?.ws.close();
  });

  it('turns download data (a UTF-8 string or a signed byte[]) into the file the page saves, beyond the 16 KiB form limit', async () => {
    const { id, pages } = await sessionWithPages('downloads', 1);
    const page = pages[0] as OpenedPage;
    await backend.performAction({ function: 'download', sessionId: id, pageId: page.welcome.pageId, args: { filename: '../report.csv', data: 'a,b\n1,é\n' } });
    await backend.performAction({ function: 'download', sessionId: id, pageId: page.welcome.pageId, args: { filename: 'bytes.bin', data: [0, 127, -1, -128], contentType: 'application/x-test' } });
    const big = 'x'.repeat(200_000);
    await backend.performAction({ function: 'download', sessionId: id, pageId: page.welcome.pageId, args: { filename: 'big.txt', data: big } });
    await waitFor(() => actionsOf(page).length === 3, 5000, 'three downloads');
    const [text, bytes, large] = actionsOf(page).map((action) => action.args);
    expect(text).toEqual({ filename: 'report.csv', contentType: 'text/plain; charset=utf-8', base64: Buffer.from('a,b\n1,é\n').toString('base64') });
    expect(bytes).toEqual({ filename: 'bytes.bin', contentType: 'application/x-test', base64: Buffer.from([0, 127, 255, 128]).toString('base64') });
    expect(Buffer.from(String(large?.['base64']), 'base64').toString()).toBe(big);
    // Past the 4 MiB action limit: GatewayBackend refuses before sending, and the gateway answers 413 anyway.
    const tooLarge = backend.performAction({ function: 'download', sessionId: id, pageId: null, args: { filename: 'huge.txt', data: 'x'.repeat(5 * 1024 * 1024) } });
    await expect(tooLarge).rejects.toMatchObject({ pyType: 'ValueError', message: expect.stringContaining('larger than the gateway accepts') });
    const raw = await fetch(`${gateway.url}/data/api/v1/sessions/${id}/actions`, { method: 'POST', headers: authHeaders(TOKEN), body: 'x'.repeat(5 * 1024 * 1024) }).catch(() => undefined);
    if (raw) expect(raw.status).toBe(413);
    expect(actionsOf(page)).toHaveLength(3);
    page.ws.close();
  });

  it('closePage closes that page with its message and keeps the session and its other pages', async () => {
    const { id, pages } = await sessionWithPages('close-page', 2);
    const [closing, staying] = pages as [OpenedPage, OpenedPage];
    const result = await backend.performAction({ function: 'closePage', sessionId: id, pageId: closing.welcome.pageId, args: { message: 'Line 3 page retired.' } });
    expect(result.pageIds).toEqual([closing.welcome.pageId]);
    expect(await closing.closed).toMatchObject({ code: 4002 });
    expect(closing.messages.at(-1)).toEqual({ type: 'closed', message: 'Line 3 page retired.' });
    const session = await waitFor(() => gateway.listSessions().find((s) => s.id === id && s.activePages === 1), 5000, 'the page to leave');
    expect(session.pageIds).toEqual([staying.welcome.pageId]);
    staying.ws.close();
  });

  it('records what each page reports it shows (path, theme, popups, docks, handled) and logs every action', async () => {
    const { id, pages } = await sessionWithPages('page-state', 1);
    const page = pages[0] as OpenedPage;
    await backend.performAction({ function: 'setTheme', sessionId: id, pageId: page.welcome.pageId, args: { name: 'dark' } });
    await backend.performAction({ function: 'navigate', sessionId: id, pageId: page.welcome.pageId, args: { page: '/line/3' } });
    await waitFor(() => actionsOf(page).length === 2, 5000, 'two actions');
    expect(actionsOf(page)[1]?.args).toEqual({ target: 'page', path: '/line/3', params: {}, newTab: false });
    // The web client reports its state after handling; here the test plays the client.
    page.ws.send(JSON.stringify({ type: 'page-state', handled: 2, state: { path: '/line/3', theme: 'dark', popups: ['alarm'], docks: [] } }));
    const record = await waitFor(async () => {
      const body = await getJson(`/data/api/v1/sessions/${id}/pages`) as { pages: Array<Record<string, unknown>> };
      return body.pages.find((p) => p['handled'] === 2);
    }, 5000, 'the page state');
    expect(record).toEqual({ pageId: page.welcome.pageId, path: '/line/3', theme: 'dark', popups: ['alarm'], docks: [], delivered: { setTheme: 1, navigate: 1 }, handled: 2 });
    const log = await getJson('/data/api/v1/actions') as { actions: number; deliveries: number; byFunction: Record<string, number>; recent: Array<Record<string, unknown>> };
    expect(log.byFunction['setTheme']).toBeGreaterThanOrEqual(1);
    expect(log.recent.at(-1)).toMatchObject({ function: 'navigate', sessionId: id, pageId: page.welcome.pageId, pageIds: [page.welcome.pageId] });
    page.ws.close();
  });

  it('a page cannot claim more than it was sent, and a malformed page-state closes its socket (1007)', async () => {
    const { id, pages } = await sessionWithPages('forged-state', 2);
    const [honest, forger] = pages as [OpenedPage, OpenedPage];
    honest.ws.send(JSON.stringify({ type: 'page-state', handled: 1_000_000, state: { path: '/x', theme: null, popups: [], docks: [] } }));
    const record = await waitFor(async () => {
      const body = await getJson(`/data/api/v1/sessions/${id}/pages`) as { pages: Array<Record<string, unknown>> };
      return body.pages.find((p) => p['path'] === '/x');
    }, 5000, 'the honest page state');
    expect(record['handled']).toBe(0);
    forger.ws.send(JSON.stringify({ type: 'page-state', handled: 0, state: { path: '/y', theme: null, popups: Array.from({ length: 65 }, () => 'p'), docks: [] } }));
    expect(await forger.closed).toMatchObject({ code: 1007 });
    honest.ws.close();
  });

  it('needs the token, and answers 404 for the pages of an unknown session', async () => {
    const anonymous = await fetch(`${gateway.url}/data/api/v1/sessions/x/actions`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ function: 'refresh', pageId: null, args: {} }),
    });
    expect(anonymous.status).toBe(401);
    const tooBig = await fetch(`${gateway.url}/data/api/v1/sessions/x/actions`, { method: 'POST', body: 'x'.repeat(64 * 1024) });
    expect(tooBig.status).toBe(413);
    expect((await fetch(`${gateway.url}/data/api/v1/actions`)).status).toBe(401);
    const missing = await fetch(`${gateway.url}/data/api/v1/sessions/nope/pages`, { headers: authHeaders(TOKEN) });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ notFound: 'session' });
  });
});
