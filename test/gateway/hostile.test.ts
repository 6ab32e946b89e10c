import { connect } from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { authHeaders, openPage, openSession, upgradeStatus, waitFor } from './helpers.js';

let gateway: RunningGateway;
const TOKEN = 'hostile-test-token-42';

beforeAll(async () => {
  gateway = await startGateway({ port: 0, token: TOKEN, maxPagesPerSession: 4 });
});
afterAll(async () => {
  await gateway.close();
});

/** A bystander session whose page must survive every attack. */
async function bystander(project: string) {
  const { page } = await openSession(gateway.url, project);
  if (!page) throw new Error('no bystander page');
  return page;
}

async function stillServing(): Promise<void> {
  const response = await fetch(`${gateway.url}/data/api/v1/sessions`, { headers: authHeaders(TOKEN) });
  expect(response.status).toBe(200);
}

/** Raw HTTP exchange: returns whatever the gateway answers before closing. */
function rawHttp(request: string | Buffer): Promise<string> {
  const { port } = new URL(gateway.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.setTimeout(5000, () => socket.destroy());
    socket.write(request);
  });
}

describe('API authorization', () => {
  it('refuses the API without a token, with a wrong token and with a malformed header, leaking nothing', async () => {
    await openSession(gateway.url, 'leaky', { userAgent: 'do-not-leak-me' });
    const attempts: Array<Record<string, string>> = [{}, authHeaders('wrong-token'), { Authorization: `Basic ${TOKEN}` }, { Authorization: `Bearer ${TOKEN}x` }, { Authorization: 'Bearer' }];
    for (const headers of attempts) {
      for (const [method, path] of [['GET', '/data/api/v1/sessions'], ['POST', '/data/api/v1/sessions/x/close'], ['GET', '/data/api/v1/nothing']] as const) {
        const response = await fetch(gateway.url + path, { method, headers });
        expect(response.status).toBe(401);
        const text = await response.text();
        expect(text).not.toContain('leaky');
        expect(text).not.toContain('do-not-leak-me');
      }
    }
    expect(gateway.listSessions({ project: 'leaky' })).toHaveLength(1);
  });
});

describe('hostile WebSocket clients', () => {
  it('closes a connection that sends garbage, binary or schema-violating frames; others are unaffected', async () => {
    const safe = await bystander('safe-garbage');
    const { cookie, page: first } = await openSession(gateway.url, 'garbage');
    first?.ws.close();
    const frames: Array<string | Buffer> = ['not json at all', '{"type":"heartbeat"', JSON.stringify({ type: 'nope' }), JSON.stringify({ type: 'heartbeat', seq: -1 }),
      JSON.stringify({ type: 'event', name: 'x'.repeat(65) }), JSON.stringify([1, 2, 3]), Buffer.from([0xff, 0xfe, 0x00]), '\u0000'];
    const codes: number[] = [];
    for (const frame of frames) {
      const page = await openPage(gateway.url, 'garbage', cookie);
      page.ws.send(frame);
      codes.push((await page.closed).code);
    }
    expect(codes.every((code) => code === 1007 || code === 1003)).toBe(true);
    expect(codes).toContain(1003);
    safe.ws.send(JSON.stringify({ type: 'heartbeat', seq: 1 }));
    expect(safe.ws.readyState).toBe(WebSocket.OPEN);
    await waitFor(() => gateway.listSessions({ project: 'safe-garbage' })[0]?.totalBytesSent, 2000, 'bystander bytes');
    await waitFor(() => gateway.listSessions({ project: 'garbage' })[0]?.activePages === 0, 2000, 'garbage pages removed');
    safe.ws.close();
    await stillServing();
  });

  it('closes a connection that sends a 10 MB frame (1009) without buffering it', async () => {
    const safe = await bystander('safe-big');
    const { page } = await openSession(gateway.url, 'big');
    if (!page) throw new Error('no page');
    page.ws.on('error', () => undefined);
    page.ws.send(Buffer.alloc(10 * 1024 * 1024, 0x61), { binary: false });
    expect((await page.closed).code).toBe(1009);
    expect(safe.ws.readyState).toBe(WebSocket.OPEN);
    expect(gateway.listSessions({ project: 'big' })[0]?.totalBytesSent).toBe(0);
    safe.ws.close();
    await stillServing();
  }, 15_000);

  it('closes a client flooding 10k messages in a burst (1008) and keeps serving others', async () => {
    const safe = await bystander('safe-flood');
    const { page } = await openSession(gateway.url, 'flood');
    if (!page) throw new Error('no page');
    page.ws.on('error', () => undefined);
    const started = Date.now();
    const message = JSON.stringify({ type: 'heartbeat', seq: 0 });
    for (let i = 0; i < 10_000 && page.ws.readyState === WebSocket.OPEN; i += 1) page.ws.send(message);
    const closed = await page.closed;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect([1008, 1006]).toContain(closed.code);
    const record = gateway.listSessions({ project: 'flood' })[0];
    expect(record?.totalBytesSent).toBeGreaterThan(0);
    expect(record?.totalBytesSent).toBeLessThan(10_000 * message.length);
    safe.ws.send(message);
    await waitFor(() => gateway.listSessions({ project: 'safe-flood' })[0]?.totalBytesSent === message.length, 2000, 'bystander message');
    safe.ws.close();
    await stillServing();
  }, 15_000);

  it('refuses WebSocket upgrades cross-origin or at unknown paths; a cookie never joins another project\'s session', async () => {
    const wsBase = gateway.url.replace(/^http/, 'ws');
    const { cookie, page } = await openSession(gateway.url, 'proj-a');
    const statusOf = async (url: string, headers: Record<string, string>) => (await upgradeStatus(url, headers)).status;
    const before = gateway.listSessions().length;
    expect(await statusOf(`${wsBase}/data/perspective/client/proj-a/-/ws`, { Cookie: cookie, Origin: 'http://evil.example' })).toBe(403);
    expect(await statusOf(`${wsBase}/data/perspective/client/proj-a/-/ws`, { Cookie: cookie, Origin: 'null' })).toBe(403);
    expect(await statusOf(`${wsBase}/somewhere`, { Cookie: cookie })).toBe(404);
    expect(gateway.listSessions()).toHaveLength(before);
    expect(await statusOf(`${wsBase}/data/perspective/client/proj-a/-/ws`, { Cookie: cookie })).toBe(101);
    expect(gateway.listSessions()).toHaveLength(before);
    // proj-a's cookie means nothing to proj-b: its WebSocket starts a separate session.
    const other = await openPage(gateway.url, 'proj-b', cookie);
    expect(other.setCookie).toMatch(/^perspective-session=/);
    expect(other.welcome.sessionId).not.toBe(page?.welcome.sessionId);
    expect(gateway.listSessions({ project: 'proj-b' })).toHaveLength(1);
    other.ws.close();
    page?.ws.close();
  });

  it('caps the pages of one session', async () => {
    const { cookie, page: first } = await openSession(gateway.url, 'many-tabs');
    if (!first) throw new Error('no page');
    const pages = [first, ...await Promise.all([2, 3, 4].map(() => openPage(gateway.url, 'many-tabs', cookie)))];
    const extra = new WebSocket(`${gateway.url.replace(/^http/, 'ws')}/data/perspective/client/many-tabs/-/ws`, { headers: { Cookie: cookie } });
    const code = await new Promise<number>((resolve) => extra.on('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4001);
    expect(gateway.listSessions({ project: 'many-tabs' })[0]?.activePages).toBe(4);
    for (const page of pages) page.ws.close();
  });
});

describe('bad HTTP requests', () => {
  it('answers malformed requests with 400 and keeps running', async () => {
    expect(await rawHttp('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await rawHttp(Buffer.from([0, 1, 2, 3, 13, 10, 13, 10]))).toMatch(/^HTTP\/1\.1 400/);
    expect(await rawHttp(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431/);
    expect(await rawHttp('GET http://evil.example/data/api/v1/sessions HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 40[01]/);
    await stillServing();
  });

  it('answers oversized bodies with 413 and bad paths with 4xx', async () => {
    const big = await fetch(`${gateway.url}/data/api/v1/sessions/x/close`, { method: 'POST', headers: authHeaders(TOKEN), body: 'x'.repeat(1024 * 1024) }).catch(() => undefined);
    if (big) expect(big.status).toBe(413);
    const login = await fetch(`${gateway.url}/data/perspective/client/demo/-/login`, { method: 'POST', body: 'x'.repeat(100_000) }).catch(() => undefined);
    if (login) expect(login.status).toBe(413);
    for (const path of ['/data/perspective/client/bad%20name/x', '/data/perspective/client/demo/-/ws', '/data/perspective/client/demo/-/other', '/nope']) {
      const response = await fetch(gateway.url + path);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect((await fetch(`${gateway.url}/data/perspective/client/demo/home`, { method: 'DELETE' })).status).toBe(405);
    const badEscape = await fetch(`${gateway.url}/data/api/v1/sessions/%E0%A4%A/close`, { method: 'POST', headers: authHeaders(TOKEN), body: '{"message":null}' });
    expect(badEscape.status).toBe(404);
    expect(await rawHttp('GET /data/perspective/client/demo/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 (404|303)/);
    await stillServing();
  });
});
