import { describe, expect, it } from 'vitest';
import { FixtureBackend, parseFixture, runScript, type SessionBackend, type SessionFilter } from '../../bindings/index.js';
import type { IgnitionVersion, SessionRecord } from '../../bindings/session.js';

/**
 * getSessionInfo over a backend with snapshots (FixtureBackend) answers from a table copied into the sandbox;
 * over any other backend each call goes to listSessions. Python must not be able to tell the two apart.
 */
const fixture = [
  { id: 'a', project: 'P', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', clientAddress: '10.0.0.1', username: 'billy', uptime: 5, lastComm: 7, pageIds: ['p1', 'p2'] },
  { id: 'b', project: 'Q', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148', clientAddress: '10.0.0.2', username: 'Billy', startedAt: '2026-11-25T11:00:00Z', lastCommAt: '2026-11-25T11:59:58.500Z' },
  { id: 'c', project: 'P', userAgent: 'x', clientAddress: '10.0.0.3', startedAt: '2026-11-25T13:00:00Z', totalBytesSent: 3_000_000_000 },
  { id: 'd', project: 'Q', userAgent: 'y', clientAddress: '10.0.0.4', username: 'billy', authorized: false, activePages: 4 },
];

/** Hides snapshot(), so every call takes the per-call path. */
class PerCallBackend implements SessionBackend {
  calls = 0;
  constructor(private readonly inner: FixtureBackend) {}
  listSessions(filter: SessionFilter): SessionRecord[] {
    this.calls++;
    return this.inner.listSessions(filter);
  }
  closeSession(id: string): void {
    this.inner.closeSession(id);
  }
}

function backends(): { table: FixtureBackend; perCall: PerCallBackend; clock: { now: number } } {
  const clock = { now: Date.parse('2026-11-25T12:00:00Z') };
  const sessions = parseFixture(JSON.stringify(fixture), 'f.json');
  return { table: new FixtureBackend(sessions, () => clock.now), perCall: new PerCallBackend(new FixtureBackend(sessions, () => clock.now)), clock };
}

async function both(script: string, version: IgnitionVersion = '8.0', between?: (b: ReturnType<typeof backends>) => void) {
  const b = backends();
  const table = await runScript(script, { backend: b.table, ignitionVersion: version });
  between?.(b);
  const perCall = await runScript(script, { backend: b.perCall, ignitionVersion: version });
  return { table, perCall, b };
}

describe('getSessionInfo from a host table', () => {
  it('computes uptime and lastComm from timestamps against the clock at each call', async () => {
    const script = 'import time\nfor i in range(3):\n    print [(s.uptime, s.lastComm) for s in system.perspective.getSessionInfo()]\n    time.sleep(0.01)';
    const b = backends();
    let calls = 0;
    const ticking = new FixtureBackend(parseFixture(JSON.stringify(fixture), 'f.json'), () => b.clock.now + 1000 * calls++);
    const result = await runScript(script, { backend: ticking });
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      '[(5, 7), (3600000, 1500), (0, 0), (0, 0)]',
      '[(5, 7), (3601000, 2500), (0, 0), (0, 0)]',
      '[(5, 7), (3602000, 3500), (0, 0), (0, 0)]',
    ]);
  });

  it('sees closeSession at the next call (the table version changes)', async () => {
    const script = `get = system.perspective.getSessionInfo
print [s.id for s in get()], [s.id for s in get('billy')]
system.perspective.closeSession('bye', 'a')
print [s.id for s in get()], [s.id for s in get('billy')], [s.id for s in get(projectFilter='P')]
try:
    system.perspective.closeSession('bye', 'a')
except ValueError, e:
    print e
`;
    const { table, perCall } = await both(script);
    expect(table.stdout).toBe("[u'a', u'b', u'c', u'd'] [u'a', u'd']\n[u'b', u'c', u'd'] [u'd'] [u'c']\nPerspective session 'a' not found\n");
    expect(table).toEqual(perCall);
  });

  it('never calls listSessions while the backend has snapshots', async () => {
    const b = backends();
    let listed = 0;
    const counting: SessionBackend = {
      listSessions: (filter) => { listed++; return b.table.listSessions(filter); },
      snapshot: () => b.table.snapshot(),
    };
    const result = await runScript('print len(system.perspective.getSessionInfo()), len(system.perspective.getSessionInfo("billy"))', { backend: counting });
    expect(result.stdout).toBe('4 2\n');
    expect(listed).toBe(0);
  });

  it('falls back to listSessions when snapshot() returns undefined', async () => {
    const b = backends();
    let snapshots = 0;
    const switching: SessionBackend = {
      listSessions: (filter) => b.table.listSessions(filter).map((r) => ({ ...r, clientAddress: 'live' })),
      snapshot: () => (snapshots++ === 0 ? b.table.snapshot() : undefined),
    };
    const script = 'get = system.perspective.getSessionInfo\nprint get()[0].clientAddress\nprint get("billy")[0].clientAddress';
    const result = await runScript(script, { backend: switching });
    expect(result.stdout).toBe('10.0.0.1\nlive\n');
  });

  it('serves the first few filtered calls per call, then copies the table', async () => {
    const b = backends();
    let snapshots = 0;
    let listed = 0;
    const counting: SessionBackend = {
      listSessions: (filter) => { listed++; return b.table.listSessions(filter); },
      snapshot: () => { snapshots++; return b.table.snapshot(); },
    };
    const once = await runScript('print len(system.perspective.getSessionInfo("billy"))', { backend: counting });
    expect([once.stdout, snapshots, listed]).toEqual(['2\n', 0, 1]);
    const many = await runScript('for i in range(6):\n    print len(system.perspective.getSessionInfo("billy")),', { backend: counting });
    expect(many.stdout).toBe('2 2 2 2 2 2\n');
    expect([snapshots, listed]).toEqual([3, 4]);
  });
});

describe('createIgnitionInterpreter', () => {
  it('passes the recycle policy to the session', async () => {
    const { createIgnitionInterpreter } = await import('../../bindings/index.js');
    const recycling = await createIgnitionInterpreter({ recycle: { afterRuns: 1 } });
    const keeping = await createIgnitionInterpreter();
    try {
      for (const session of [recycling, keeping]) {
        expect((await session.exec('x = 1')).ok).toBe(true);
        await session.reset();
      }
      expect(recycling.sandboxStats().runs).toBe(0);
      expect(keeping.sandboxStats().runs).toBe(1);
    } finally {
      await recycling.dispose();
      await keeping.dispose();
    }
  });
});
