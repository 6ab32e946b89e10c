import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FixtureBackend, parseFixture, runScript, type SessionBackend, type SessionFilter } from '../../bindings/index.js';
import type { SessionRecord } from '../../bindings/session.js';

/**
 * Property: for any fixture and any sequence of getSessionInfo calls (filters by position or keyword, None,
 * names that match nothing, closeSession between calls, reads and mutations of the results), the table path
 * (FixtureBackend's snapshots: rows copied into the sandbox and filtered there by the guest side of the binding)
 * and the per-call path (listSessions at every call) print exactly the same thing in Python. Half the scripts
 * start with an unfiltered call, which copies the table at once, so their filtered calls are all answered from
 * the copy rather than by the host (the binding serves the first few filtered calls per call while it holds none).
 */
class PerCallBackend implements SessionBackend {
  constructor(private readonly inner: FixtureBackend) {}
  listSessions(filter: SessionFilter): SessionRecord[] {
    return this.inner.listSessions(filter);
  }
  closeSession(id: string): void {
    this.inner.closeSession(id);
  }
}

/** Counts listSessions calls of a backend with snapshots (the calls the sandbox sent to the host). */
class CountingBackend implements SessionBackend {
  listed = 0;
  constructor(private readonly inner: FixtureBackend) {}
  listSessions(filter: SessionFilter): SessionRecord[] {
    this.listed++;
    return this.inner.listSessions(filter);
  }
  closeSession(id: string): void {
    this.inner.closeSession(id);
  }
  snapshot(): ReturnType<FixtureBackend['snapshot']> {
    return this.inner.snapshot();
  }
}

const NAMES = ['billy', 'Billy', 'alice', 'Unauthenticated', 'émile'];
const PROJECTS = ['P', 'Q', 'MyProject'];
const CLOCK = Date.parse('2026-11-25T12:00:00Z');
const iso = (msBefore: number): string => new Date(CLOCK - msBefore).toISOString();

const session = fc.record({
  project: fc.constantFrom(...PROJECTS),
  username: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
  userAgent: fc.constantFrom('Mozilla/5.0 (X11; Linux x86_64)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148', 'x'),
  uptime: fc.oneof(fc.constant(undefined), fc.nat({ max: 10 ** 9 }).map((n) => ({ uptime: n })), fc.nat({ max: 10 ** 9 }).map((n) => ({ startedAt: iso(n) }))),
  lastComm: fc.oneof(fc.constant(undefined), fc.nat({ max: 10 ** 6 }).map((n) => ({ lastComm: n })), fc.nat({ max: 10 ** 6 }).map((n) => ({ lastCommAt: iso(n) }))),
  pageIds: fc.option(fc.array(fc.constantFrom('p1', 'p2', 'p3'), { maxLength: 3 }), { nil: undefined }),
  totalBytesSent: fc.option(fc.nat({ max: 2 ** 40 }), { nil: undefined }),
  authorized: fc.option(fc.boolean(), { nil: undefined }),
});

const filterArg = fc.option(fc.constantFrom(...NAMES, ...PROJECTS, 'nobody'), { nil: null });
const call = fc.record({ username: filterArg, project: filterArg, keywords: fc.boolean(), closeFirst: fc.boolean() });

function fixtureOf(sessions: ReadonlyArray<Record<string, unknown>>): unknown[] {
  return sessions.map((s, i) => {
    const { uptime, lastComm, username, pageIds, totalBytesSent, authorized, ...rest } = s;
    return {
      id: `s${i}`,
      clientAddress: `10.0.0.${i}`,
      ...rest,
      ...(uptime as object | undefined),
      ...(lastComm as object | undefined),
      ...(username === undefined ? {} : { username }),
      ...(pageIds === undefined ? {} : { pageIds }),
      ...(totalBytesSent === undefined ? {} : { totalBytesSent }),
      ...(authorized === undefined ? {} : { authorized }),
    };
  });
}

const pyArg = (v: string | null): string => (v === null ? 'None' : `u${JSON.stringify(v)}`);

function scriptOf(calls: Array<{ username: string | null; project: string | null; keywords: boolean; closeFirst: boolean }>, copyFirst: boolean): string {
  const lines = ['get = system.perspective.getSessionInfo'];
  if (copyFirst) lines.push('print len(get())');
  for (const c of calls) {
    if (c.closeFirst) lines.push('all = get()', 'if all: system.perspective.closeSession(u"bye", all[0].id)');
    const args = c.keywords ? `usernameFilter=${pyArg(c.username)}, projectFilter=${pyArg(c.project)}` : `${pyArg(c.username)}, ${pyArg(c.project)}`;
    lines.push(`r = get(${args})`, 'print len(r), [(s.id, s["username"], s.get("uptime"), s.lastComm, s.pageIds, s.totalBytesSent) for s in r]', 'print r[-1:]');
    // The dict protocol on a result, mutations included (they change only that copy).
    lines.push('if r:', '    x = r[0]', '    x["extra"] = 1', '    del x["userAgent"]', '    print x, x.pop("extra"), len(x), x.items()[0], "%(id)s" % x, x == get(x["username"])[0] if x["username"] != u"Unauthenticated" else None');
  }
  return `${lines.join('\n')}\n`;
}

describe('getSessionInfo: table path and per-call path (property)', () => {
  it('print the same for random fixtures and random call sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(session, { maxLength: 12 }), fc.array(call, { minLength: 1, maxLength: 6 }), fc.constantFrom<'8.0' | '8.1'>('8.0', '8.1'), fc.boolean(), async (sessions, calls, version, copyFirst) => {
        const parsed = parseFixture(JSON.stringify(fixtureOf(sessions)), 'random.json');
        const script = scriptOf(calls, copyFirst);
        const tableBackend = new CountingBackend(new FixtureBackend(parsed, () => CLOCK));
        const table = await runScript(script, { backend: tableBackend, ignitionVersion: version });
        const perCall = await runScript(script, { backend: new PerCallBackend(new FixtureBackend(parsed, () => CLOCK)), ignitionVersion: version });
        expect(perCall.stderr).toBe('');
        expect(table).toEqual(perCall);
        // Once the first call copied the table, no call reached the host's listSessions.
        if (copyFirst) expect(tableBackend.listed).toBe(0);
      }),
      { numRuns: 25, seed: 20261129 },
    );
  }, 180_000);
});
