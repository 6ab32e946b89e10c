import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SMALL_FIXTURE } from '../helpers.js';

// `repl` with stdin not a terminal: like `python -i < file`, minus the prompts.

const CLI = join(REPO_ROOT, 'dist/cli.cjs');

function repl(input: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const home = mkdtempSync(join(tmpdir(), 'ps-repl-piped-'));
  const result = spawnSync(process.execPath, [CLI, 'repl', '--sessions', SMALL_FIXTURE, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, PERSPECTIVE_SANDBOX_HISTORY: join(home, 'history') },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('perspective-sandbox repl with piped input', () => {
  it('groups blocks, echoes values, binds _ and prints no prompts or banner', () => {
    const result = repl([
      'x = 20',
      'x + 1',
      '_ * 2',
      'for i in range(2):',
      '    print i',
      '',
      'def double(n):',
      '    return n * 2',
      '',
      'double(x)',
      'None',
      'len(system.perspective.getSessionInfo())',
      'pair = (1,',
      '        2)',
      'pair',
      '',
    ].join('\n'));
    expect(result).toEqual({ status: 0, stdout: '21\n42\n0\n1\n40\n4\n(1, 2)\n', stderr: '' });
  });

  it('prints tracebacks to stderr, carries on, and exits with the status of the last error', () => {
    const result = repl('1/0\nprint "after"\nx = )\nprint "end"\n');
    expect(result.stdout).toBe('after\nend\n');
    expect(result.stderr).toBe([
      'Traceback (most recent call last):',
      '  File "<stdin>", line 1, in <module>',
      '    1/0',
      'ZeroDivisionError: integer division or modulo by zero',
      '  File "<stdin>", line 1',
      '    x = )',
      '        ^',
      'SyntaxError: no viable alternative at input \')\'',
      '',
    ].join('\n'));
    expect(result.status).toBe(1);
  });

  it('exits 0 when no entry failed, and with n at sys.exit(n) without running the rest', () => {
    expect(repl('print 1\n').status).toBe(0);
    expect(repl('import sys\nprint "before"\nsys.exit(7)\nprint "after"\n')).toEqual({ status: 7, stdout: 'before\n', stderr: '' });
  });

  it('runs a block left open at the end of input, and reports an unclosed bracket', () => {
    expect(repl('for i in range(2):\n    print i')).toEqual({ status: 0, stdout: '0\n1\n', stderr: '' });
    const open = repl('x = [1,\n');
    expect(open.status).toBe(1);
    expect(open.stderr).toContain('SyntaxError');
  });

  it('answers help(...) with the documentation of getSessionInfo', () => {
    const result = repl('help(system.perspective.getSessionInfo)\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^getSessionInfo\(usernameFilter=None, projectFilter=None\)\n/);
    expect(result.stdout).toContain('Parameters:\n    usernameFilter (str, optional)');
    expect(result.stdout).toContain('Returns:\n    list:');
  });

  it('runs the meta commands: .sessions, .reset, .load, .help, unknown ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-repl-load-'));
    const file = join(dir, 'setup.py');
    writeFileSync(file, 'loaded = [s.id for s in system.perspective.getSessionInfo("billy")]\n');
    const result = repl(['x = 1', '.reset', 'x', `.load ${file}`, 'loaded', '.sessions', '.help', '.nope', '.5', ''].join('\n'));
    expect(result.stdout.startsWith([
      "[u's1', u's3']",
      'id  username         project    scope     pages  uptime  idle',
      's1  billy            MyProject  browser       2      1s  10ms',
      's2  Billy            MyProject  ios           0      2s  20ms',
      's3  billy            Other      android       1      3s  30ms',
      's4  Unauthenticated  Other      designer      0      4s   0ms',
      '(4 sessions)',
      '.clear        clear the screen',
    ].join('\n'))).toBe(true);
    expect(result.stdout.endsWith('Ctrl-C interrupts running code (a second Ctrl-C restarts the sandbox) or clears the input.\n0.5\n')).toBe(true);
    expect(result.stdout).toContain('.load FILE    run a Python file into the current globals');
    expect(result.stderr).toContain('(all globals dropped)');
    expect(result.stderr).toContain("NameError: name 'x' is not defined");
    expect(result.stderr).toContain('unknown command .nope');
    expect(result.status).toBe(1);
  });

  it('applies the limits to each entry', () => {
    const result = repl('while True: pass\n\nprint "next"\n', ['--timeout', '1']);
    expect(result.stdout).toBe('next\n');
    expect(result.stderr).toContain('time limit of 1 s exceeded');
    expect(result.status).toBe(3);
  });
});

describe('perspective-sandbox run -i', () => {
  it('keeps the script\'s globals for the interactive entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-run-i-'));
    const file = join(dir, 'script.py');
    writeFileSync(file, 'users = sorted(set(s.username for s in system.perspective.getSessionInfo()))\nprint "script ran"\n');
    const result = spawnSync(process.execPath, [CLI, 'run', '-i', '--sessions', SMALL_FIXTURE, file], {
      input: 'users\nlen(users)\n',
      encoding: 'utf8',
      env: { ...process.env, PERSPECTIVE_SANDBOX_HISTORY: '' },
    });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 0,
      stdout: "script ran\n[u'Billy', u'Unauthenticated', u'billy']\n3\n",
      stderr: '',
    });
  });
});
