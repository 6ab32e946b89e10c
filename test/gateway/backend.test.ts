import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendUnavailableError, SessionNotFoundError } from '../../bindings/backend.js';
import { checkGateway, GatewayBackend } from '../../bindings/backends/gateway.js';
import { SESSION_KEYS_81 } from '../../bindings/session.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { openSession, waitFor } from './helpers.js';

const TOKEN = 'backend-test-token-xyz';
const NO_FILTER = { username: null, project: null };
let gateway: RunningGateway;
let backend: GatewayBackend;

/** A server on loopback that answers every request with `body`. */
async function fakeServer(status: number, body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<string> {
  const { url, server } = await fakeServer(200, '');
  await new Promise((resolve) => server.close(resolve));
  return url;
}

async function expectUnavailable(promise: Promise<unknown>, ...fragments: string[]): Promise<void> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(BackendUnavailableError);
  for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
}

beforeAll(async () => {
  gateway = await startGateway({ port: 0, token: TOKEN });
  backend = new GatewayBackend({ url: gateway.url, token: TOKEN });
});
afterAll(async () => {
  await gateway.close();
});

describe('GatewayBackend against a live gateway', () => {
  it('lists live sessions with current data on every call', async () => {
    const { page } = await openSession(gateway.url, 'live', { userAgent: 'live-agent' });
    if (!page) throw new Error('no page');
    const before = (await backend.listSessions({ username: null, project: 'live' }))[0];
    expect(before).toMatchObject({ project: 'live', userAgent: 'live-agent', activePages: 1, pageIds: [page.welcome.pageId], totalBytesSent: 0 });
    expect(Object.keys(before ?? {})).toEqual([...SESSION_KEYS_81]);
    page.ws.send(JSON.stringify({ type: 'heartbeat', seq: 7 }));
    const after = await waitFor(async () => (await backend.listSessions({ username: null, project: 'live' }))[0]?.totalBytesSent);
    expect(after).toBe(JSON.stringify({ type: 'heartbeat', seq: 7 }).length);
    page.ws.close();
  });

  it('passes filters to the gateway as exact matches', async () => {
    await openSession(gateway.url, 'Proj-X');
    await openSession(gateway.url, 'Proj-Y');
    expect((await backend.listSessions({ username: null, project: 'Proj-X' })).map((s) => s.project)).toEqual(['Proj-X']);
    expect(await backend.listSessions({ username: null, project: 'proj-x' })).toEqual([]);
    expect(await backend.listSessions({ username: 'Unauthenticated', project: 'Proj-Y' })).toHaveLength(1);
    expect(await backend.listSessions({ username: 'billy', project: null })).toEqual([]);
    expect((await backend.listSessions(NO_FILTER)).length).toBeGreaterThanOrEqual(3);
  });

  it('closes a session, and throws SessionNotFoundError for an unknown id', async () => {
    const { page } = await openSession(gateway.url, 'to-close');
    if (!page) throw new Error('no page');
    await backend.closeSession(page.welcome.sessionId, 'Bye from a script');
    expect(page.messages.length).toBeGreaterThan(0);
    expect(await page.closed).toMatchObject({ code: 4000 });
    expect(page.messages.at(-1)).toEqual({ type: 'closed', message: 'Bye from a script' });
    expect(await backend.listSessions({ username: null, project: 'to-close' })).toEqual([]);
    const error = await backend.closeSession(page.welcome.sessionId, null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionNotFoundError);
    expect((error as SessionNotFoundError).sessionId).toBe(page.welcome.sessionId);
  });

  it('checkGateway passes with the right token', async () => {
    await expect(checkGateway(gateway.url, TOKEN)).resolves.toBeUndefined();
    await expect(checkGateway(`${gateway.url}/`, TOKEN)).resolves.toBeUndefined();
  });
});

describe('GatewayBackend failures', () => {
  it('names the URL when the token is refused', async () => {
    const wrong = new GatewayBackend({ url: gateway.url, token: 'wrong-token' });
    await expectUnavailable(wrong.listSessions(NO_FILTER), gateway.url, 'refused the token', '401');
    await expectUnavailable(wrong.closeSession('x', null), gateway.url, '401');
    await expectUnavailable(checkGateway(gateway.url, 'wrong-token'), 'refused the token');
  });

  it('names the URL when the gateway is down', async () => {
    const url = await closedPort();
    await expectUnavailable(new GatewayBackend({ url, token: TOKEN }).listSessions(NO_FILTER), url, 'connection refused');
    await expectUnavailable(checkGateway(url, TOKEN), url);
  });

  it('rejects answers that are not JSON or not session records', async () => {
    const notJson = await fakeServer(200, '<html>hello</html>');
    const wrongShape = await fakeServer(200, JSON.stringify({ sessions: [{ id: 1 }] }));
    const serverError = await fakeServer(500, '{}');
    try {
      await expectUnavailable(new GatewayBackend({ url: notJson.url, token: TOKEN }).listSessions(NO_FILTER), notJson.url, 'not JSON');
      await expectUnavailable(new GatewayBackend({ url: wrongShape.url, token: TOKEN }).listSessions(NO_FILTER), wrongShape.url, 'unexpected shape');
      await expectUnavailable(new GatewayBackend({ url: serverError.url, token: TOKEN }).listSessions(NO_FILTER), 'HTTP 500');
    } finally {
      for (const fake of [notJson, wrongShape, serverError]) fake.server.close();
    }
  });

  it('rejects URLs that are not http(s)', () => {
    expect(() => new GatewayBackend({ url: 'not a url', token: TOKEN })).toThrow(BackendUnavailableError);
    expect(() => new GatewayBackend({ url: 'ftp://127.0.0.1/', token: TOKEN })).toThrow(/only http/);
  });
});
