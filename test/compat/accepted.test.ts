import { describe, expect, it } from 'vitest';
import { applyAccepted, parseAccepted } from './accepted.js';

const table = (rows: string) => `# x\n\n| script | difference | reason |\n|---|---|---|\n${rows}\n`;

describe('ACCEPTED.md rows', () => {
  it('parse JSON-string clauses, several per row, with escaped pipes', () => {
    const rows = parseAccepted(table('| 001_a | stdout: "a\\|b\\n" → "c"; exception: "E: x" -> "E: y" | because |'));
    expect(rows).toEqual([
      { script: '001_a', target: 'stdout', golden: 'a|b\n', sandbox: 'c', reason: 'because' },
      { script: '001_a', target: 'exception', golden: 'E: x', sandbox: 'E: y', reason: 'because' },
    ]);
  });

  it('need a reason and a parsable difference', () => {
    expect(() => parseAccepted(table('| 001_a | stdout: "a" → "b" |  |'))).toThrow(/reason/);
    expect(() => parseAccepted(table('| 001_a | a becomes b | why |'))).toThrow(/cannot parse/);
  });

  it('apply to the golden, and a stale row is an error', () => {
    const rows = parseAccepted(table('| 001_a | stdout: "x" → "y" | r |'));
    expect(applyAccepted({ stdout: 'x-x', exception: null }, rows)).toEqual({ stdout: 'y-y', exception: null });
    expect(() => applyAccepted({ stdout: 'z', exception: null }, rows)).toThrow(/stale/);
  });

  it('the real ACCEPTED.md parses', async () => {
    const { readFileSync } = await import('node:fs');
    expect(() => parseAccepted(readFileSync(new URL('./ACCEPTED.md', import.meta.url), 'utf8'))).not.toThrow();
  });
});
