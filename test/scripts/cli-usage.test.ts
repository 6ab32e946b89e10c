import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliInterrupted } from './cli.js';

// The CLI as a new user meets it, next to CPython: script arguments, help, mistakes, Ctrl-C, exit codes.

const dir = mkdtempSync(join(tmpdir(), 'ps-cli-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const ARGV = file('argv.py', 'import sys\nprint sys.argv\n');

describe('run: script arguments become sys.argv, as with python', () => {
  it('passes everything after the script to it, options included', () => {
    expect(cli(['run', ARGV, 'a', 'b'])).toEqual({ status: 0, stdout: `['${ARGV}', 'a', 'b']\n`, stderr: '' });
    expect(cli(['run', '--timeout', '5', ARGV, '-v', '--timeout', '3'])).toMatchObject({ status: 0, stdout: `['${ARGV}', '-v', '--timeout', '3']\n` });
  });

  it('takes -- as the end of the options, and -c CODE / - like python', () => {
    expect(cli(['run', '--', ARGV, 'x'])).toMatchObject({ status: 0, stdout: `['${ARGV}', 'x']\n` });
    expect(cli(['run', '-c', 'import sys; print sys.argv', 'a', '--sessions'])).toMatchObject({ status: 0, stdout: "['-c', 'a', '--sessions']\n" });
    expect(cli(['run', '-', 'q'], 'import sys; print sys.argv\n')).toMatchObject({ status: 0, stdout: "['-', 'q']\n" });
  });

  it('keeps sys.argv empty-named in the REPL, as python does', () => {
    expect(cli(['repl'], 'import sys\nsys.argv\n')).toMatchObject({ status: 0, stdout: "['']\n" });
  });
});

describe('help and version', () => {
  it('answers --version, help and help COMMAND', () => {
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^perspective-sandbox \d+\.\d+\.\d+\n$/) });
    const help = cli(['help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: perspective-sandbox COMMAND');
    expect(cli(['help', 'run'])).toEqual({ ...cli(['run', '--help']), status: 0 });
    expect(cli(['help', 'doctest']).stdout).toContain('Usage: perspective-sandbox doctest');
  });
});

describe('mistakes: one line saying what is wrong, one saying what to do, exit 2', () => {
  it.each([
    [['rnu', 'x.py'], "perspective-sandbox: unknown command 'rnu'\nDid you mean 'run'? Run 'perspective-sandbox help' for the commands.\n"],
    [['--versoin'], "perspective-sandbox: unknown option --versoin\nDid you mean --version? Run 'perspective-sandbox help' for the commands.\n"],
    [['run', '--timout', '3', 'x.py'], "perspective-sandbox run: unknown option --timout\nDid you mean --timeout? Run 'perspective-sandbox run --help' for usage.\n"],
    [['run', '-c'], "perspective-sandbox run: option -c needs a value (CODE)\nGive it after the option, e.g. perspective-sandbox run -c 'print 1'.\n"],
    [['run', '--timeout'], "perspective-sandbox run: option --timeout needs a value (SECONDS)\nGive it after the option, e.g. perspective-sandbox run --timeout SECONDS.\n"],
    [['run'], "perspective-sandbox run: no script given\nGive one: perspective-sandbox run FILE.py [ARGS...], run -c 'CODE' [ARGS...], or run - (script on stdin).\n"],
    [['repl', '--sesions', 'x.json'], "perspective-sandbox repl: unknown option --sesions\nDid you mean --sessions? Run 'perspective-sandbox repl --help' for usage.\n"],
    [['doctest', 'docs', '--fliter', 'x'], "perspective-sandbox doctest: unknown option --fliter\nDid you mean --filter? Run 'perspective-sandbox doctest --help' for usage.\n"],
  ])('%j', (args, stderr) => {
    expect(cli(args)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('says "No such file" for a missing script, as CPython does', () => {
    const result = cli(['run', 'nope.py']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^perspective-sandbox run: No such file: nope\.py\nCheck the name; it is looked up from the current directory \(.+\)\.\n$/);
  });
});

describe('Ctrl-C and exit codes', () => {
  it('SIGINT raises KeyboardInterrupt in the script: traceback, exit 130', async () => {
    const script = file('sleepy.py', 'import sys, time\nprint "started"\nsys.stdout.flush()\ntime.sleep(60)\n');
    const result = await cliInterrupted(['run', script], 'started');
    expect(result.status).toBe(130);
    expect(result.stderr).toBe(`Traceback (most recent call last):\n  File "${script}", line 4, in <module>\n    time.sleep(60)\nKeyboardInterrupt\n`);
  });

  it('SIGINT stops a busy loop the same way, and a second one ends a run that will not stop', async () => {
    const loop = file('loop.py', 'print "started"\nwhile True: pass\n');
    const once = await cliInterrupted(['run', loop], 'started');
    expect(once.status).toBe(130);
    expect(once.stderr).toMatch(/line 2, in <module>\n {4}while True: pass\nKeyboardInterrupt\n$/);
    const native = file('native.py', 'import itertools\nprint "started"\nsum(itertools.count())\n');
    const twice = await cliInterrupted(['run', native], 'started', 2);
    expect(twice.status).toBe(130);
    expect(twice.stderr).toMatch(/KeyboardInterrupt\n$/);
  });

  it('sys.exit(3) and the time limit both exit 3; --limit-exit-codes moves the limits to 124/125/126', () => {
    expect(cli(['run', '-c', 'import sys; sys.exit(3)']).status).toBe(3);
    expect(cli(['run', '--timeout', '0.5', '-c', 'while True: pass']).status).toBe(3);
    expect(cli(['run', '--limit-exit-codes', '-c', 'import sys; sys.exit(3)']).status).toBe(3);
    expect(cli(['run', '--limit-exit-codes', '--timeout', '0.5', '-c', 'while True: pass']).status).toBe(124);
    expect(cli(['run', '--limit-exit-codes', '-c', "x = 'a' * 10**10"]).status).toBe(125);
    expect(cli(['run', '--limit-exit-codes', '--output-limit', '100', '-c', 'while True: print "x" * 50']).status).toBe(126);
    expect(cli(['repl', '--limit-exit-codes', '--timeout', '0.5'], 'while True: pass\n\n').status).toBe(124);
  });
});

describe('fixture errors name the place and the fix, exit 2 before anything runs', () => {
  const rec = (extra: Record<string, unknown>) => ({ id: 'a', project: 'P', userAgent: 'u', clientAddress: 'x', ...extra });
  it.each([
    ['bad-json.json', '[\n  {"id": "a",\n   oops}\n]', 'not valid JSON at line 3, column 4: Expected double-quoted property name'],
    ['typo.json', JSON.stringify([rec({ usrname: 'billy' })]), 'sessions[0]: unknown key "usrname" (did you mean "username"?)'],
    ['missing.json', JSON.stringify([{ id: 'a', project: 'P', clientAddress: 'x' }]), 'sessions[0].userAgent: missing (a required key, a string)'],
    ['dup.json', JSON.stringify([rec({ id: 'z', uptime: 'x' }), rec({}), rec({})]),
      "sessions[0].uptime: expected number, received string\ndup.json: sessions[2].id: duplicate session id 'a' (also sessions[1])"],
  ])('%s', (name, text, message) => {
    expect(cli(['run', '--sessions', file(name, text), '-c', 'print "ran"'])).toEqual({ status: 2, stdout: '', stderr: `perspective-sandbox: ${name}: ${message}\n` });
  });
});
