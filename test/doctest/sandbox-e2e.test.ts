/**
 * End-to-end: the doctest command over the real sandbox (bindings' createIgnitionInterpreter). Needs `npm run build`.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandboxExecutorFactory } from '../../doctest/sandbox-executor.js';
import { lastLine, runCommand, tempTree } from './run-command.js';
import { runsHere } from '../needs.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures');
const seedDir = path.resolve(root, '../shared/seeds');
const hasSeeds = existsSync(seedDir) && readdirSync(seedDir).some((f) => f.endsWith('.txt'));

describe('doctest over the real sandbox', () => {
  it('passes the fixture guide (transcripts, output blocks, sections, directives, shared namespace)', async () => {
    const r = await runCommand([path.join(fixtures, 'e2e')], { cwd: root, factory: createSandboxExecutorFactory() });
    expect(r.stdout).not.toContain('FAIL');
    expect(lastLine(r.stdout)).toBe('13 passed, 0 failed');
    expect(r.stdout).toContain('13 passed (1 smoke)');
    expect(r.code).toBe(0);
  }, 60_000);

  it('fails a planted wrong expectation with a diff, and tracebacks carry document line numbers', async () => {
    const cwd = tempTree({
      'page.md': ['# Page', '', '```python', 'print "count:", len(system.perspective.getSessionInfo())', '```', '```output', 'count: 7', '```', '',
        '```python', 'x = 1', 'y = x / 0', '```', ''].join('\n'),
    });
    const r = await runCommand(['page.md', '--sessions', path.join(fixtures, 'sessions.json')], { cwd, factory: createSandboxExecutorFactory() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL page.md:4: output differs');
    expect(r.stdout).toContain('-count: 7\n+count: 3');
    expect(r.stdout).toContain('FAIL page.md:11 (smoke): raised ZeroDivisionError');
    expect(r.stdout).toMatch(/File ".*page\.md", line 12/);
    expect(lastLine(r.stdout)).toBe('0 passed, 2 failed');
  }, 60_000);

  it('does not leak names between documents that reuse a warm session', async () => {
    const cwd = tempTree({
      'a.md': '```pycon\n>>> leaked = 1\n```\n',
      'b.md': '```pycon\n>>> leaked\nTraceback (most recent call last):\nNameError: name \'leaked\' is not defined\n```\n',
    });
    const r = await runCommand(['.', '--jobs', '1'], { cwd, factory: createSandboxExecutorFactory() });
    expect(lastLine(r.stdout)).toBe('2 passed, 0 failed');
  }, 60_000);

  it.skipIf(!runsHere(hasSeeds))('runs the seed page as it is: both snippets, as smoke examples', async () => {
    const r = await runCommand([seedDir, '--sessions', path.join(fixtures, 'sessions.json'), '--verbose'], { cwd: root, factory: createSandboxExecutorFactory() });
    expect(r.stdout).toMatch(/000_191992f3e1dde351\.txt:50 \(smoke\)/);
    expect(lastLine(r.stdout)).toBe('2 passed, 0 failed');
    expect(r.code).toBe(0);
  }, 60_000);
});
