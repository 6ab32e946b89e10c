import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fastSessionRecords } from '../../bindings/backends/session-record-fast-check.js';
import { sessionRecordSchema } from '../../bindings/session-schema.js';

const recordsSchema = z.array(sessionRecordSchema);

const valid = {
  userAgent: 'ua', id: 's-1', username: 'billy', project: 'P', uptime: 5, clientAddress: '10.0.0.1', lastComm: 0,
  sessionScope: 'browser', activePages: 1, recentBytesSent: 2, totalBytesSent: 2 ** 40, pageIds: ['p0'], authorized: false,
};

const variants: unknown[] = [
  valid,
  { ...valid, extra: 'dropped' },
  { ...Object.fromEntries(Object.entries(valid).reverse()), authorized: true, sessionScope: 'ios' },
  { ...valid, id: '' }, { ...valid, id: 3 }, { ...valid, username: null }, { ...valid, sessionScope: 'desktop' },
  { ...valid, uptime: -1 }, { ...valid, uptime: 1.5 }, { ...valid, uptime: 2 ** 53 }, { ...valid, uptime: '5' },
  { ...valid, uptime: -0 }, { ...valid, lastComm: Number.NaN }, { ...valid, totalBytesSent: Infinity },
  { ...valid, pageIds: ['x', 3] }, { ...valid, pageIds: 'x' }, { ...valid, authorized: 1 }, { ...valid, authorized: undefined },
  Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'project')),
  JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(valid).slice(1)}`),
  Object.assign(Object.create(null), valid), Object.assign(Object.create({ project: 'inherited' }), { ...valid, project: undefined }),
  null, [], 'a', 5,
];

describe('fast session record check', () => {
  it.each(variants.map((v, i) => [i, v]))('accepts only what the schema accepts, and gives what it gives (record %i)', (_, record) => {
    const fast = fastSessionRecords([record]);
    const zod = recordsSchema.safeParse([record]);
    if (fast !== undefined) {
      expect(zod.success).toBe(true);
      expect(fast).toEqual(zod.data);
      expect(fast.map((r) => Object.keys(r))).toEqual(zod.data?.map((r) => Object.keys(r)));
    }
  });

  it('agrees with the schema on generated records', () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.constantFrom('browser', 'ios'));
    const record = fc.record(Object.fromEntries(Object.keys(valid).map((key) => [key, fc.oneof(fc.constant((valid as Record<string, unknown>)[key]), field)])), { requiredKeys: [] });
    fc.assert(fc.property(fc.array(record, { maxLength: 3 }), (records) => {
      const fast = fastSessionRecords(records);
      const zod = recordsSchema.safeParse(records);
      if (fast !== undefined) expect(zod.success && JSON.stringify(zod.data) === JSON.stringify(fast)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('takes the fast path for the common records', () => {
    expect(fastSessionRecords([valid, { ...valid, extra: 1 }])).toHaveLength(2);
    expect(fastSessionRecords('not a list')).toBeUndefined();
  });
});
