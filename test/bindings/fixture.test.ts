import { describe, expect, it } from 'vitest';
import { FixtureBackend, FixtureError, parseFixture, scopeFromUserAgent } from '../../bindings/index.js';

const base = { id: 'a', project: 'P', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', clientAddress: '10.0.0.1', uptime: 5 };
const none = { username: null, project: null };

describe('fixture files', () => {
  it('accepts an array or { sessions: [...] }', () => {
    expect(parseFixture(JSON.stringify([base]), 'f.json')).toHaveLength(1);
    expect(parseFixture(JSON.stringify({ sessions: [base, { ...base, id: 'b' }] }), 'f.json')).toHaveLength(2);
  });

  it.each([
    [{ sessions: [base, { ...base, id: 'b' }, { ...base, id: 'c' }, { ...base, id: 'd', uptime: 'long' }] }, 'sessions.json: sessions[3].uptime: expected number, received string'],
    [[{ ...base, usename: 'typo' }], 'sessions.json: sessions[0]: unknown key "usename" (did you mean "username"?)'],
    [[{ ...base, colour: 'red' }], 'sessions.json: sessions[0]: unknown key "colour"'],
    [[{ id: 'a', project: 'P', clientAddress: '10.0.0.1' }], 'sessions.json: sessions[0].userAgent: missing (a required key, a string)'],
    [[{ ...base, id: 'x', uptime: -1 }, base, { ...base }], "sessions.json: sessions[0].uptime: Too small: expected number to be >=0\nsessions.json: sessions[2].id: duplicate session id 'a' (also sessions[1])"],
    [[{ ...base, sessionScope: 'desktop' }], 'sessions.json: sessions[0].sessionScope: expected one of "designer"|"browser"|"ios"|"android"'],
    [[{ ...base, pageIds: ['x', 3] }], 'sessions.json: sessions[0].pageIds[1]: expected string, received number'],
    [[{ ...base, startedAt: '2026-01-01T00:00:00Z' }], 'sessions.json: sessions[0].startedAt: give uptime or startedAt, not both'],
    [[base, { ...base }], "sessions.json: sessions[1].id: duplicate session id 'a' (also sessions[0])"],
    [{ session: [] }, 'sessions.json: expected an array of sessions or an object { "sessions": [...] }'],
  ])('rejects a bad file naming file, record and field (%#)', (data, message) => {
    expect(() => parseFixture(JSON.stringify(data), 'sessions.json')).toThrow(new FixtureError(message));
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseFixture('{ "sessions": [', 'x.json')).toThrow(/^x\.json: not valid JSON at line 1, column 16: /);
    expect(() => parseFixture('[\n  {"id": "a",\n   x}\n]', 'x.json')).toThrow(/^x\.json: not valid JSON at line 3, column 4: Expected double-quoted property name$/);
  });

  it('names a file it cannot read', () => {
    expect(() => FixtureBackend.fromFile('/nonexistent/s.json')).toThrow('/nonexistent/s.json: cannot read the sessions file (ENOENT)');
  });
});

describe('derived fields', () => {
  it('fills username, activePages, authorized, byte counts and scope', () => {
    const [record] = new FixtureBackend(parseFixture(JSON.stringify([{ ...base, pageIds: ['p1', 'p2', 'p3'] }]), 'f')).listSessions(none);
    expect(record).toMatchObject({ username: 'Unauthenticated', activePages: 3, authorized: false, recentBytesSent: 0, totalBytesSent: 0, sessionScope: 'browser', lastComm: 0 });
  });

  it('computes uptime and lastComm from timestamps at call time', () => {
    let now = Date.parse('2026-11-25T12:00:00Z');
    const backend = new FixtureBackend(parseFixture(JSON.stringify([{
      id: 'a', project: 'P', userAgent: 'x', clientAddress: 'y', startedAt: '2026-11-25T11:00:00Z', lastCommAt: '2026-11-25T11:59:58.500Z',
    }]), 'f'), () => now);
    expect(backend.listSessions(none)[0]).toMatchObject({ uptime: 3_600_000, lastComm: 1500 });
    now += 1000;
    expect(backend.listSessions(none)[0]).toMatchObject({ uptime: 3_601_000, lastComm: 2500 });
  });

  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', 'ios'],
    ['Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1', 'ios'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0.0.0 Mobile Safari/537.36', 'android'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36', 'browser'],
    ['', 'browser'],
  ])('derives sessionScope from %s', (ua, scope) => {
    expect(scopeFromUserAgent(ua)).toBe(scope);
  });

  it('filters exactly and case-sensitively, keeping order; closeSession removes a session', () => {
    const backend = new FixtureBackend(parseFixture(JSON.stringify([
      { ...base, id: '1', username: 'billy' }, { ...base, id: '2', username: 'Billy' }, { ...base, id: '3', username: 'billy', project: 'Q' },
    ]), 'f'));
    expect(backend.listSessions({ username: 'billy', project: null }).map((s) => s.id)).toEqual(['1', '3']);
    expect(backend.listSessions({ username: 'bill', project: null })).toEqual([]);
    expect(backend.listSessions({ username: 'billy', project: 'Q' }).map((s) => s.id)).toEqual(['3']);
    backend.closeSession('1');
    expect(backend.listSessions(none).map((s) => s.id)).toEqual(['2', '3']);
    expect(() => backend.closeSession('1')).toThrow("Perspective session '1' not found");
  });
});
