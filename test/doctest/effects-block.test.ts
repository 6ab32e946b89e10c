import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_FIXTURE } from '../helpers.js';
import { cli } from '../scripts/cli.js';
import { checkExample } from '../../doctest/check-example.js';
import { NO_FLAGS } from '../../doctest/directives.js';
import type { Example } from '../../doctest/example.js';
import { extractMarkdown } from '../../doctest/extract-markdown.js';
import { splitLines } from '../../doctest/load-document.js';
import type { ExecOutcome } from '../../doctest/runner-types.js';

// A ```effects block after an example (or after its output block) lists the effects the example must have.

describe('markdown: effects blocks', () => {
  it('belong to the example before them, after its output block or directly after the code', () => {
    const md = splitLines([
      '```python', 'send()', 'print "sent"', '```', '', '```output', 'sent', '```', '', '```effects', 'line one', 'line two', '```',
      '', '```python', 'refresh()', '```', '```effects', 'line three', '```',
      '', '```python', 'print 1', '```', '', 'Prose between.', '', '```effects', 'not this one', '```',
    ].join('\n'));
    const examples = extractMarkdown(md, 0);
    expect(examples.map((e) => [e.want, e.wantEffects])).toEqual([
      ['sent\n', 'line one\nline two\n'],
      [null, 'line three\n'],
      [null, undefined],
    ]);
  });

  it('in a transcript block, belong to its last example', () => {
    const examples = extractMarkdown(splitLines(['```python', '>>> a()', '>>> b()', '```', '```effects', 'e', '```'].join('\n')), 0);
    expect(examples.map((e) => e.wantEffects)).toEqual([undefined, 'e\n']);
  });
});

describe('checking effects', () => {
  const example = (want: string | null, wantEffects: string): Example => ({
    id: 'doc.md:1', file: 'doc.md', line: 1, source: 'x\n', want, wantSource: want === null ? null : 'output-block',
    mode: 'exec', directives: NO_FLAGS, kind: want === null ? 'smoke' : 'doctest', goldenSourceChanged: false, wantEffects,
  });
  const outcome = (stdout: string, effects?: string[]): ExecOutcome => ({ stdout, stderr: '', exception: null, exitCode: 0, ...(effects ? { effects } : {}) });

  it('passes when the lines are the same, in order (trailing blanks and blank lines ignored)', () => {
    expect(checkExample(example('ok\n', 'f a=1  \n\ng b=2\n'), outcome('ok\n', ['f a=1', 'g b=2']))).toEqual({ ok: true });
    expect(checkExample(example(null, ''), outcome('', []))).toEqual({ ok: true });
  });

  it('fails with both listings when they differ, and when the executor records none', () => {
    expect(checkExample(example('ok\n', 'f a=1\n'), outcome('ok\n', ['f a=2', 'f a=1']))).toEqual({
      ok: false, reason: 'effects differ', expected: 'f a=1\n', got: 'f a=2\nf a=1\n',
    });
    expect(checkExample(example(null, 'f a=1\n'), outcome(''))).toMatchObject({ ok: false, reason: 'effects are not recorded by this executor' });
  });

  it('reports an output mismatch first', () => {
    expect(checkExample(example('ok\n', 'f\n'), outcome('no\n', ['f']))).toMatchObject({ ok: false, reason: 'output differs' });
  });
});

describe('perspective-sandbox doctest with effects blocks, in the sandbox', () => {
  it('passes the right effects and fails, with a diff, on the wrong ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-doctest-effects-'));
    const doc = (name: string, line: string) => {
      const path = join(dir, name);
      writeFileSync(path, ['```python', 'system.perspective.refresh("s1", "p2")', '```', '', '```effects', line, '```', ''].join('\n'));
      return path;
    };
    const good = cli(['doctest', '--sessions', SMALL_FIXTURE, doc('good.md', 'system.perspective.refresh sessionId=s1 pageId=p2')]);
    expect(good.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
    const bad = cli(['doctest', '--sessions', SMALL_FIXTURE, doc('bad.md', 'system.perspective.refresh sessionId=s1 pageId=p1')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('effects differ');
    expect(bad.stdout).toContain('+system.perspective.refresh sessionId=s1 pageId=p2');
  });
});
