import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sandboxNodeFlags, sandboxSetup } from '../../runtime/sandbox/sandbox-process.js';

/**
 * The second layer: if code ever got out of the isolate into the sandbox process itself, that process still
 * runs with an empty environment under Node's permission model. This runs a probe with exactly the sandbox
 * process's flags and environment and asserts what the permission model refuses.
 */
const scratch = mkdtempSync(join(tmpdir(), 'ps-sandbox-probe-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PROBE = `
const out = {};
const attempt = (name, fn) => { try { fn(); out[name] = 'allowed'; } catch (e) { out[name] = e.code || e.message; } };
attempt('childProcess', () => require('node:child_process').execSync('id'));
attempt('readEtc', () => require('node:fs').readFileSync('/etc/passwd'));
attempt('readHome', () => require('node:fs').readdirSync(require('node:os').homedir()));
attempt('write', () => require('node:fs').writeFileSync(process.argv[1] + '/written', 'x'));
attempt('worker', () => new (require('node:worker_threads').Worker)('1', { eval: true }));
out.env = Object.keys(process.env).length;
process.stdout.write(JSON.stringify(out));
`;

describe('the sandbox process', () => {
  it('runs with an empty environment and cannot spawn, read outside its code, write or start workers', () => {
    const probe = spawnSync(process.execPath, [...sandboxNodeFlags(sandboxSetup(64)), '-e', PROBE, scratch], { env: {}, encoding: 'utf8' });
    expect(probe.stderr).toBe('');
    expect(JSON.parse(probe.stdout)).toEqual({
      childProcess: 'ERR_ACCESS_DENIED',
      readEtc: 'ERR_ACCESS_DENIED',
      readHome: 'ERR_ACCESS_DENIED',
      write: 'ERR_ACCESS_DENIED',
      worker: 'ERR_ACCESS_DENIED',
      env: 0,
    });
  });
});
