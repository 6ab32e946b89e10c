import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SMALL_FIXTURE } from '../helpers.js';
import { cli } from './cli.js';

// --effects FILE.jsonl on run and repl, and the REPL's .effects.

const BROADCAST = [
  'for s in system.perspective.getSessionInfo():',
  '    for p in s["pageIds"]:',
  '        system.perspective.sendMessage("refresh", {"x": 1}, scope="page", sessionId=s["id"], pageId=p)',
].join('\n');

function effectsIn(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('perspective-sandbox run --effects FILE.jsonl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-effects-'));

  it('writes one JSON object per effect: seq, function, args, targets, timestamp', () => {
    const out = join(dir, 'broadcast.jsonl');
    expect(cli(['run', '--sessions', SMALL_FIXTURE, '--effects', out, '-c', BROADCAST])).toEqual({ status: 0, stdout: '', stderr: '' });
    const effects = effectsIn(out);
    expect(effects.map((e) => [e['seq'], e['function'], e['targets']])).toEqual([
      [1, 'system.perspective.sendMessage', [{ sessionId: 's1', pageId: 'p1' }]],
      [2, 'system.perspective.sendMessage', [{ sessionId: 's1', pageId: 'p2' }]],
      [3, 'system.perspective.sendMessage', [{ sessionId: 's3', pageId: 'p3' }]],
    ]);
    expect(effects[2]).toMatchObject({ args: { messageType: 'refresh', payload: { x: 1 }, scope: 'page', sessionId: 's3', pageId: 'p3' } });
    expect(typeof effects[0]?.['timestamp']).toBe('string');
  });

  it('keeps the effects made before a script fails, and writes an empty file when there are none', () => {
    const out = join(dir, 'failing.jsonl');
    const result = cli(['run', '--sessions', SMALL_FIXTURE, '--effects', out, '-c', 'system.perspective.refresh("s1", "p1")\nsystem.perspective.refresh("s1", "nope")']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("ValueError: Page 'nope' not found in Perspective session 's1'");
    expect(effectsIn(out).map((e) => e['targets'])).toEqual([[{ sessionId: 's1', pageId: 'p1' }]]);
    const none = join(dir, 'none.jsonl');
    expect(cli(['run', '--effects', none, '-c', 'print 1']).status).toBe(0);
    expect(readFileSync(none, 'utf8')).toBe('');
  });

  it('is a usage error (exit 2, nothing run) when the file cannot be written', () => {
    const result = cli(['run', '--effects', join(dir, 'missing-folder', 'x.jsonl'), '-c', 'print "ran"']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cannot write --effects file');
  });

  it('is documented in --help', () => {
    expect(cli(['run', '--help']).stdout).toContain('--effects FILE.jsonl');
  });
});

describe('perspective-sandbox repl: .effects and --effects', () => {
  it('lists the effects so far, numbered, one line each, and streams them to the file', () => {
    const home = mkdtempSync(join(tmpdir(), 'ps-repl-effects-'));
    const out = join(home, 'repl.jsonl');
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.cjs'), 'repl', '--sessions', SMALL_FIXTURE, '--effects', out], {
      input: ['.effects', 'system.perspective.navigate("/alarms", sessionId="s1", pageId="p2")', 'system.perspective.sendMessage("m", {"a": "b c"}, scope="session", sessionId="s1")', '.effects', ''].join('\n'),
      encoding: 'utf8',
      env: { ...process.env, HOME: home, PERSPECTIVE_SANDBOX_HISTORY: '' },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe([
      '(no effects)',
      '1. system.perspective.navigate sessionId=s1 pageId=p2 page=/alarms newTab=false',
      '2. system.perspective.sendMessage sessionId=s1 pageId=p1,p2 messageType=m payload={"a":"b c"} scope=session',
      '',
    ].join('\n'));
    expect(effectsIn(out).map((e) => e['function'])).toEqual(['system.perspective.navigate', 'system.perspective.sendMessage']);
  });
});
