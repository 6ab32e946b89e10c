import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayLogEntry } from '../../gateway/log.js';
import { isRefusal, LoginGuard, type LoginRefusal } from '../../gateway/login-guard.js';
import { BackoffThrottle } from '../../gateway/login-throttle.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { BILLY_PASSWORD, EXAMPLE_USERS } from './helpers.js';
import { agentFrom, inBatches, send, type Answer } from './http-clients.js';

// Issue #12, problem 5: 169 wrong guesses in 10 s, with no slowdown.

describe('back-off arithmetic (fake clock)', () => {
  const policy = { freeFailures: 3, baseMs: 1000, maxMs: 60_000, maxInFlight: 1, forgetMs: 15 * 60_000, maxKeys: 3, clearOnSuccess: true };

  it('blocks for 1, 2, 4 … s after the free failures, capped at 60 s, and never counts refused attempts', () => {
    let now = 0;
    const throttle = new BackoffThrottle(policy, () => now);
    const waits: number[] = [];
    for (let failure = 1; failure <= 11; failure += 1) {
      expect(throttle.waitMs('billy')).toBe(0);
      throttle.begin('billy');
      throttle.finish('billy', false);
      waits.push(throttle.waitMs('billy'));
      now += waits.at(-1) ?? 0;
    }
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('lets one check run at a time per key, clears a username on success, forgets after a quiet spell, and stays bounded', () => {
    let now = 0;
    const throttle = new BackoffThrottle(policy, () => now);
    throttle.begin('a');
    expect(throttle.waitMs('a')).toBe(1000);
    throttle.finish('a', true);
    expect(throttle.waitMs('a')).toBe(0);
    for (let i = 0; i < 4; i += 1) {
      throttle.begin('b');
      throttle.finish('b', false);
    }
    expect(throttle.waitMs('b')).toBe(1000);
    now += 15 * 60_000 + 1001;
    expect(throttle.waitMs('b')).toBe(0);
    for (const key of ['c', 'd', 'e', 'f', 'g']) {
      throttle.begin(key);
      throttle.finish(key, false);
    }
    expect(throttle.size).toBeLessThanOrEqual(policy.maxKeys);
  });

  it('throttles an address that sprays many usernames, and a success does not reset the address', () => {
    let now = 0;
    const guard = new LoginGuard(() => now);
    // 10 free failures per address; the 11th starts the back-off. The success in between resets nothing.
    for (let i = 0; i < 12; i += 1) {
      const attempt = guard.attempt('198.51.100.7', `user${i}`);
      if (isRefusal(attempt)) throw new Error(`refused early at ${i}`);
      attempt.finish(i === 5);
    }
    const refused = guard.attempt('198.51.100.7', 'user-new') as LoginRefusal;
    expect(refused).toEqual({ retryAfterSeconds: 1, throttled: 'address' });
    // The same /64 is the same client; another address is not affected.
    expect(isRefusal(guard.attempt('2001:db8:1:2::1', 'x'))).toBe(false);
    now += 1;
    expect(isRefusal(guard.attempt('198.51.100.8', 'user-new'))).toBe(false);
  });
});

describe('login throttling on a live gateway', () => {
  let gateway: RunningGateway;
  const logged: GatewayLogEntry[] = [];
  beforeAll(async () => {
    gateway = await startGateway({ port: 0, token: 'throttle-token-0123', usersFile: EXAMPLE_USERS }, { log: (entry) => logged.push(entry) });
  });
  afterAll(async () => {
    await gateway.close();
  });

  async function login(username: string, password: string, from = '127.0.0.1'): Promise<Answer> {
    const agent = agentFrom(from, 1);
    try {
      return await send(`${gateway.url}/data/perspective/client/demo/-/login`, {
        agent, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username, password }).toString(),
      });
    } finally {
      agent.destroy();
    }
  }
  const waitOut = (answer: Answer): Promise<void> => new Promise((resolve) => setTimeout(resolve, Number(answer.headers['retry-after']) * 1000 + 100));

  it('refuses rapid wrong guesses for billy with 429 + Retry-After, logs the refusals, and lets a correct login in after the back-off', async () => {
    const statuses: number[] = [];
    for (let guess = 0; guess < 30; guess += 1) statuses.push((await login('billy', `guess-${guess}`)).status);
    // Three failures cost nothing; the fourth starts the back-off, so everything after it is refused unchecked.
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual(Array<number>(26).fill(429));
    const refusals = logged.filter((entry) => entry.event === 'login-throttled');
    expect(refusals).toHaveLength(26);
    expect(refusals[0]).toMatchObject({ address: '127.0.0.1', username: 'billy', throttled: 'username', retryAfterSeconds: 1 });

    // During the back-off even the right password is refused, unchecked.
    const blocked = await login('billy', BILLY_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBe('1');
    expect(blocked.body).toContain('Too many failed logins');
    await waitOut(blocked);
    expect((await login('billy', 'one-more-guess')).status).toBe(401);
    const longer = await login('billy', BILLY_PASSWORD);
    expect(longer.status).toBe(429);
    expect(longer.headers['retry-after']).toBe('2');
    await waitOut(longer);
    const correct = await login('billy', BILLY_PASSWORD);
    expect(correct.status).toBe(303);
    expect(correct.headers['set-cookie']?.[0]).toMatch(/^perspective-session=/);
    // A success clears billy's back-off.
    expect((await login('billy', 'typo')).status).toBe(401);
  }, 30_000);

  it('throttles one address guessing many usernames, without touching other addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 13; i += 1) statuses.push((await login(`nobody-${i}`, 'guess', '127.0.0.3')).status);
    expect(statuses).toEqual([...Array<number>(11).fill(401), 429, 429]);
    expect((await login('billy', BILLY_PASSWORD, '127.0.0.3')).status).toBe(429);
    expect(logged.at(-1)).toMatchObject({ event: 'login-throttled', address: '127.0.0.3', throttled: 'address' });
    expect((await login('billy', BILLY_PASSWORD, '127.0.0.4')).status).toBe(303);
  }, 30_000);

  it('backs off an address that guesses the bearer or status token, before comparing; requests without a token do not count', async () => {
    const from = agentFrom('127.0.0.6', 1);
    const api = (token?: string) => send(`${gateway.url}/data/api/v1/sessions`, { agent: from, headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } });
    try {
      for (let i = 0; i < 30; i += 1) expect((await api()).status).toBe(401);
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1) statuses.push((await api(`guess-${i}`)).status);
      statuses.push((await send(`${gateway.url}/web/status/sessions?token=guess-status`, { agent: from })).status);
      expect(statuses).toEqual(Array<number>(21).fill(401));
      const blocked = await api('throttle-token-0123');
      expect(blocked.status).toBe(429);
      expect(blocked.headers['retry-after']).toBe('1');
      expect((await send(`${gateway.url}/web/status/sessions?token=throttle-token-0123`, { agent: from })).status).toBe(429);
      expect(logged.filter((entry) => entry.event === 'token-refused' && entry.address === '127.0.0.6')).toHaveLength(21);
      expect(logged.at(-1)).toMatchObject({ event: 'token-throttled', address: '127.0.0.6' });
    } finally {
      from.destroy();
    }
    expect((await send(`${gateway.url}/data/api/v1/sessions`, { headers: { Authorization: 'Bearer throttle-token-0123' } })).status).toBe(200);
  });

  it('checks only one guess at a time per username: parallel guesses are refused, not raced', async () => {
    const statuses = await inBatches(6, 6, (i) => login('parallel-user', `guess-${i}`, '127.0.0.5').then((answer) => answer.status));
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(3);
  }, 30_000);
});
