import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

describe('perspective-sandbox run: the documented snippets, verbatim, on the demo sessions', () => {
  it('examples/billy.py', () => {
    expect(cli(['run', 'examples/billy.py'])).toEqual({ status: 0, stdout: 'Billy has 3 sessions\n', stderr: '' });
  });

  it('examples/project_sessions.py', () => {
    expect(cli(['run', 'examples/project_sessions.py'])).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'Session 0 : username:  billy uptime:  5423000  seconds',
        'Session 1 : username:  billy uptime:  960500  seconds',
        'Session 2 : username:  alice uptime:  86400000  seconds',
        'Session 3 : username:  Billy uptime:  300000  seconds',
        '',
      ].join('\n'),
    });
  });
});

describe('perspective-sandbox run: inputs and exit codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-run-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('runs -c code and a script from stdin', () => {
    expect(cli(['run', '-c', 'print len(system.perspective.getSessionInfo())'])).toMatchObject({ status: 0, stdout: '7\n' });
    expect(cli(['run', '-'], 'print "from stdin"\n')).toMatchObject({ status: 0, stdout: 'from stdin\n' });
  });

  it('uses --sessions and --ignition-version', () => {
    const sessions = file('one.json', JSON.stringify([{ id: 'x', project: 'P', userAgent: 'u', clientAddress: 'a', uptime: 1, username: 'zed' }]));
    expect(cli(['run', '--sessions', sessions, '-c', 's = system.perspective.getSessionInfo()[0]; print s.username, len(s)'])).toMatchObject({ status: 0, stdout: 'zed 12\n' });
    expect(cli(['run', '--sessions', sessions, '--ignition-version', '8.1', '-c', 'print system.perspective.getSessionInfo()[0]["authorized"]'])).toMatchObject({ status: 0, stdout: 'True\n' });
  });

  it('exits 1 with a traceback on an uncaught exception, keeping the output before it', () => {
    const script = file('boom.py', 'print "before"\ns = system.perspective.getSessionInfo()[0]\nprint s["nope"]\n');
    const result = cli(['run', script]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('before\n');
    expect(result.stderr).toBe(`Traceback (most recent call last):\n  File "${script}", line 3, in <module>\n    print s["nope"]\nKeyError: 'nope'\n`);
  });

  it('exits with the sys.exit code', () => {
    expect(cli(['run', '-c', 'import sys\nsys.exit(9)']).status).toBe(9);
  });

  it('exits 2 for a bad fixture, before running anything', () => {
    const bad = file('sessions.json', JSON.stringify({ sessions: [
      { id: 'a', project: 'P', userAgent: 'u', clientAddress: 'x', uptime: 1 },
      { id: 'b', project: 'P', userAgent: 'u', clientAddress: 'x', uptime: 1 },
      { id: 'c', project: 'P', userAgent: 'u', clientAddress: 'x', uptime: 1 },
      { id: 'd', project: 'P', userAgent: 'u', clientAddress: 'x', uptime: 'soon' },
    ] }));
    expect(cli(['run', '--sessions', bad, '-c', 'print "ran"'])).toEqual({
      status: 2, stdout: '', stderr: 'perspective-sandbox: sessions.json: sessions[3].uptime: expected number, received string\n',
    });
  });

  it.each([
    [['run', '--ignition-version', '9', '-c', 'pass'], '--ignition-version must be 8.0 or 8.1'],
    [['run', '--timeout', 'abc', '-c', 'pass'], '--timeout must be a number'],
    [['run', '--bogus', 'x.py'], 'unknown option --bogus'],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`perspective-sandbox run: ${message}\nRun 'perspective-sandbox run --help' for usage.\n`);
  });

  it('documents itself in --help', () => {
    const result = cli(['run', '--help']);
    expect(result.status).toBe(0);
    for (const word of ['--sessions', '--ignition-version', '--timeout', '--memory-limit', '--output-limit', '--recursion-limit', 'sys.exit(n)']) {
      expect(result.stdout).toContain(word);
    }
  });
});
