import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FixtureBackend, FixtureError, parseFixture } from '../../bindings/backends/fixture.js';
import { streamFixtureRecords } from '../../bindings/backends/fixture-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'fixture-stream-'));
let fileNumber = 0;

/** What the record-by-record reader makes of `text`, read in chunks of `chunkBytes`. */
function stream(text: string | Buffer, chunkBytes: number): { outcome: string; records: unknown[] } {
  const path = join(dir, `f${fileNumber++}.json`);
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    const records: unknown[] = [];
    const outcome = streamFixtureRecords(fd, 1 << 30, (r) => records.push(r), chunkBytes);
    return { outcome, records };
  } finally {
    closeSync(fd);
  }
}

// Strings that put JSON's delimiters, escapes and multi-byte characters where chunks may cut them.
const awkward = fc.string({ unit: fc.constantFrom('a', '}', '{', ']', '[', '"', '\\', ',', ':', ' ', '\n', 'é', '€', '😀', '\u2028') });
const record = fc.record({
  id: awkward,
  userAgent: awkward,
  pageIds: fc.array(awkward, { maxLength: 3 }),
  uptime: fc.nat(),
  nested: fc.option(fc.record({ inner: awkward, list: fc.array(fc.integer(), { maxLength: 2 }) }), { nil: undefined }),
}, { requiredKeys: ['id', 'userAgent'] });

describe('reading a fixture record by record', () => {
  it('gives exactly the records JSON.parse gives, whatever the chunk size, layout and strings', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 8 }), fc.boolean(), fc.constantFrom(0, 2), fc.integer({ min: 1, max: 40 }), (records, wrapped, indent, chunkBytes) => {
      const value = wrapped ? { sessions: records } : records;
      const result = stream(JSON.stringify(value, null, indent), chunkBytes);
      expect(result.outcome).toBe('done');
      expect(result.records).toEqual(JSON.parse(JSON.stringify(records)));
    }), { numRuns: 300 });
  });

  it.each([
    ['trailing text', '[{"id":"a"}] x'],
    ['a non-object element', '[{"id":"a"}, 3]'],
    ['a missing comma', '[{"id":"a"} {"id":"b"}]'],
    ['a trailing comma', '[{"id":"a"},]'],
    ['another key beside sessions', '{"sessions": [], "x": 1}'],
    ['a different key', '{"session": []}'],
    ['an escaped key', '{"sessio\\u006es": []}'],
    ['a key with a space in it', '{"ses sions": []}'],
    ['a cut-off file', '[{"id":"a"},{"id":'],
    ['an unclosed array', '[{"id":"a"}'],
    ['a byte-order mark', '\uFEFF[]'],
    ['a malformed record', '[{"id": a}]'],
    ['an empty file', ''],
  ])('leaves %s to the whole-file reader', (_, text) => {
    expect(stream(text, 5).outcome).toBe('unusual');
  });

  it('gives up on a record after 16 tries rather than retrying to the end of the file', () => {
    const braces = '}'.repeat(40);
    expect(stream(`[{"id": "${braces}"}]`, 8).outcome).toBe('unusual');
    expect(stream(`[{"id": "${'}'.repeat(10)}"}]`, 8)).toEqual({ outcome: 'done', records: [{ id: '}'.repeat(10) }] });
  });

  it('reads a large fixture file the same way as the whole-text parser, errors included', () => {
    const session = (i: number) => ({ id: `s-${i}`, project: `P${i % 7}`, userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', clientAddress: `10.0.${i % 250}.1`, username: `user${i % 900}`, pageIds: ['/', `/p/${i}`] });
    const sessions = Array.from({ length: 40_000 }, (_, i) => session(i));
    const text = JSON.stringify({ sessions }, null, 1);
    expect(text.length).toBeGreaterThan(4 << 20); // past the size from which files are streamed
    const good = join(dir, 'large.json');
    writeFileSync(good, text);
    const streamed = FixtureBackend.fromFile(good).listSessions({ username: null, project: null });
    expect(streamed).toEqual(new FixtureBackend(parseFixture(text, 'large.json')).listSessions({ username: null, project: null }));

    const bad = join(dir, 'large-bad.json');
    sessions[31_234] = { ...session(31_234), username: 5 } as never;
    writeFileSync(bad, JSON.stringify({ sessions }, null, 1));
    expect(() => FixtureBackend.fromFile(bad)).toThrow(FixtureError);
    expect(() => FixtureBackend.fromFile(bad)).toThrow(/large-bad\.json: sessions\[31234\]\.username/);

    const broken = join(dir, 'large-broken.json');
    writeFileSync(broken, `${text.slice(0, -10)}`);
    expect(() => FixtureBackend.fromFile(broken)).toThrow(/large-broken\.json: .*JSON/i);
  });
});
