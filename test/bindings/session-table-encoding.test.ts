import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRows, encodeRows } from '../../bindings/perspective/session-table-encoding.js';

const value = fc.oneof(fc.string(), fc.constantFrom('browser', 'ios', 'MyProject'), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(null));
const row = fc.dictionary(fc.constantFrom('id', 'username', 'project', 'pageIds', 'uptime', 'startedAtMs', 'authorized'), value);

describe('session table encoding', () => {
  it('gives back every row, field for field, after crossing as JSON', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
      const crossed = JSON.parse(JSON.stringify(encodeRows(rows))) as ReturnType<typeof encodeRows>;
      expect(decodeRows(crossed)).toEqual(rows);
    }), { numRuns: 500 });
  });

  it('sends each repeated string once and leaves mostly distinct strings as they are', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `s-${i}`, project: i % 2 ? 'A' : 'B', pageIds: ['/', `/p${i % 3}`] }));
    const encoded = encodeRows(rows);
    expect(encoded.columns.map((c) => [c.field, c.kind])).toEqual([['id', 'values'], ['project', 'text'], ['pageIds', 'texts']]);
    expect(encoded.strings).toEqual(['B', 'A', '/', '/p0', '/p1', '/p2']);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(rows).length / 2);
  });
});
