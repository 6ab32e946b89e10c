import { describe, expect, it } from 'vitest';
import { fastFixtureSession } from '../../bindings/backends/fixture-fast-check.js';
import { fixtureSessionSchema } from '../../bindings/backends/fixture-schema.js';

const base = { id: 'a', project: 'P', userAgent: 'ua', clientAddress: '10.0.0.1' };
const records: unknown[] = [
  base,
  { ...base, username: 'billy', sessionScope: 'ios', uptime: 5, lastComm: 0, activePages: 2, pageIds: ['x', 'y'], recentBytesSent: 1, totalBytesSent: 2 ** 40, authorized: true },
  { ...base, id: '' }, { ...base, id: 3 }, { ...base, project: null }, { project: 'P', userAgent: 'u', clientAddress: 'c' },
  { ...base, username: null }, { ...base, sessionScope: 'desktop' }, { ...base, uptime: -1 }, { ...base, uptime: 1.5 },
  { ...base, uptime: 2 ** 53 }, { ...base, uptime: '5' }, { ...base, pageIds: ['x', 3] }, { ...base, pageIds: 'x' },
  { ...base, authorized: 1 }, { ...base, usename: 'typo' }, { ...base, startedAt: '2026-01-01T00:00:00Z' },
  JSON.parse('{"id":"a","project":"P","userAgent":"u","clientAddress":"c","__proto__":{"x":1}}'),
  null, [], 'a', Object.assign(Object.create(null), base),
];

describe('fast fixture check', () => {
  it.each(records.map((r, i) => [i, r]))('accepts only what the schema accepts (record %i)', (_, record) => {
    const fast = fastFixtureSession(record);
    const zod = fixtureSessionSchema.safeParse(record);
    if (fast !== undefined) {
      expect(zod.success).toBe(true);
      expect(fast).toEqual(zod.data);
    }
  });

  it('takes the fast path for the common records', () => {
    expect(fastFixtureSession(records[0])).toBeDefined();
    expect(fastFixtureSession(records[1])).toBeDefined();
  });
});
