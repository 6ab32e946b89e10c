import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRows, EncodedTable, encodeRows } from '../../bindings/perspective/session-table-encoding.js';

const value = fc.oneof(fc.string(), fc.constantFrom('browser', 'ios', 'MyProject'), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(null));
const row = fc.dictionary(fc.constantFrom('id', 'username', 'project', 'pageIds', 'uptime', 'startedAtMs', 'authorized'), value);

describe('session table encoding', () => {
  it('gives back every row, field for field, after crossing as JSON', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
      const crossed = JSON.parse(JSON.stringify(encodeRows(rows))) as ReturnType<typeof encodeRows>;
      expect(decodeRows(crossed)).toEqual(rows);
    }), { numRuns: 500 });
  });

  it('sends each repeated string once and mostly distinct strings as one text', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `s-${i}`, project: i % 2 ? 'A' : 'B', pageIds: ['/', `/p${i % 3}`] }));
    const encoded = encodeRows(rows);
    expect(encoded.columns.map((c) => [c.field, c.kind])).toEqual([['id', 'joined'], ['project', 'text'], ['pageIds', 'lists']]);
    expect(encoded.strings).toEqual(['B', 'A']);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(rows).length / 2);
  });

  it('sends integers and booleans as text, and other numbers as they are', () => {
    const rows = [
      { startedAtMs: 1_764_000_000_000, bytes: 0, authorized: true, ratio: 0.5, big: 2 ** 60 },
      { startedAtMs: 1_764_000_123_456, bytes: -7, authorized: false, ratio: 1, big: 1 },
      { startedAtMs: 1_764_000_000_001, bytes: Number.MAX_SAFE_INTEGER, ratio: 2, big: 3 },
    ];
    const encoded = encodeRows(rows);
    expect(encoded.columns.map((c) => [c.field, c.kind])).toEqual([
      ['startedAtMs', 'ints'], ['bytes', 'values'], ['authorized', 'bools'], ['ratio', 'values'], ['big', 'values'],
    ]);
    const text = JSON.stringify(encoded);
    const packed = encoded.columns.flatMap((c) => (c.kind === 'ints' ? [c.values.digits] : c.kind === 'bools' ? [c.flags] : []));
    for (const digits of packed) expect(text).toContain(`"${digits}"`);
    expect(decodeRows(JSON.parse(text) as ReturnType<typeof encodeRows>)).toEqual(rows);
  });

  it('reads rows in place: a missing field is undefined, and a field no row has is missing everywhere', () => {
    const rows = [{ id: 'a', pageIds: ['/x', '/y'], uptime: 5 }, { id: 'b', pageIds: [] }, { uptime: null }];
    const table = new EncodedTable(JSON.parse(JSON.stringify(encodeRows(rows))) as ReturnType<typeof encodeRows>);
    expect(table.count).toBe(3);
    expect([0, 1, 2].map((i) => table.get('pageIds', i))).toEqual([['/x', '/y'], [], undefined]);
    expect([0, 1, 2].map((i) => table.get('uptime', i))).toEqual([5, undefined, null]);
    expect([0, 1, 2].map((i) => table.has('id', i))).toEqual([true, true, false]);
    expect(table.absent('id')).toEqual([2]);
    expect(table.absent('username')).toBe('all');
    expect(table.get('username', 0)).toBeUndefined();
  });
});
