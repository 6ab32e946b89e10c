import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from './gateway-process.js';
import { authHeaders, EXAMPLE_USERS, openSession, upgradeStatus } from './helpers.js';
import { agentFrom, inBatches, send } from './http-clients.js';

// Issue #12, problem 2: every cookieless page or login-form GET and every failed login created a session;
// 10,200 GETs reached the 10,000 cap and every new visitor got 503. The flood here comes from 127.0.0.2,
// the visitor from 127.0.0.1 (two clients on loopback), against a real process with the default limits.
const TOKEN = 'session-flood-token-0123';
const FLOODER = '127.0.0.2';
const PER_ADDRESS = 100;
let gateway: GatewayProcess;

beforeAll(async () => {
  gateway = await startGatewayProcess(TOKEN, ['--users', EXAMPLE_USERS]);
});
afterAll(async () => {
  await gateway?.stop();
});

async function sessionCount(): Promise<number> {
  const answer = await send(`${gateway.url}/data/api/v1/sessions`, { headers: authHeaders(TOKEN) });
  return (JSON.parse(answer.body) as { sessions: unknown[] }).sessions.length;
}

describe('session flood (a real gateway process with default limits)', () => {
  it('10,200 cookieless GETs of pages and the login form, and failed logins, start no session', async () => {
    const agent = agentFrom(FLOODER, 32);
    try {
      const statuses = await inBatches(10_200, 32, async (index) => {
        const path = index % 2 === 0 ? `/data/perspective/client/demo/page${index}` : '/data/perspective/client/demo/-/login';
        const answer = await send(gateway.url + path, { agent });
        expect(answer.headers['set-cookie']).toBeUndefined();
        return answer.status;
      });
      expect(statuses.every((status) => status === 200)).toBe(true);
      const logins = await inBatches(20, 1, async () => (await send(`${gateway.url}/data/perspective/client/demo/-/login`, {
        agent, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'username=billy&password=guess',
      })).status);
      expect(logins.every((status) => status === 401 || status === 429)).toBe(true);
    } finally {
      agent.destroy();
    }
    expect(await sessionCount()).toBe(0);
    expect(gateway.exitCode()).toBeNull();
  }, 120_000);

  it('caps the sessions one address can start; a new visitor still gets a session', async () => {
    const wsUrl = `${gateway.url.replace(/^http/, 'ws')}/data/perspective/client/demo/-/ws`;
    const sockets: WebSocket[] = [];
    const outcomes = await inBatches(PER_ADDRESS + 50, 10, async () => new Promise<number | string>((resolve) => {
      const ws = new WebSocket(wsUrl, { localAddress: FLOODER });
      ws.on('open', () => {
        sockets.push(ws);
        resolve(101);
      });
      ws.on('unexpected-response', (_req, res) => {
        resolve(`${res.statusCode ?? 0} Retry-After ${String(res.headers['retry-after'])}`);
        ws.terminate();
      });
      ws.on('error', () => resolve('error'));
    }));
    try {
      expect(outcomes.filter((outcome) => outcome === 101)).toHaveLength(PER_ADDRESS);
      expect(outcomes.filter((outcome) => outcome === '429 Retry-After 60')).toHaveLength(50);
      expect(await sessionCount()).toBe(PER_ADDRESS);
      // The flooder's address is full even for a page that is being reloaded without its cookie…
      expect((await upgradeStatus(wsUrl, {}, FLOODER)).status).toBe(429);
      // …and a visitor from another address gets a page and a session as usual.
      const visitor = await openSession(gateway.url, 'demo');
      expect(visitor.status).toBe(200);
      expect(visitor.page?.setCookie).toMatch(/^perspective-session=/);
      expect(visitor.page?.welcome.username).toBe('Unauthenticated');
      expect(await sessionCount()).toBe(PER_ADDRESS + 1);
      visitor.page?.ws.close();
    } finally {
      for (const ws of sockets) ws.close();
    }
    expect(gateway.stderr()).toContain('"event":"session-refused","reason":"address-full","address":"127.0.0.2"');
    expect(gateway.exitCode()).toBeNull();
  }, 60_000);
});
