// Bench-only: runs rounds of concurrent scripts that each make many host calls back to back, and counts the
// runs that do not finish in time. It reproduced the wait that isolated-vm's patch 0001 fixes
// (runtime/sandbox/isolated-vm-patches/): 5 hung runs in 72 without the patch, none in 48 with it (2 cores).
// Usage: node bench/host-call-stress.mjs [ROUNDS=12] [CONCURRENT=4] [CALLS=30000] -> prints one JSON line.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureFile } from './fixtures.mjs';

const [rounds = 12, concurrent = 4, calls = 30_000] = process.argv.slice(2).map(Number);
const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const script = join(mkdtempSync(join(tmpdir(), 'ps-stress-')), 'calls.py');
writeFileSync(script, `n = 0\nfor i in range(${calls}):\n    n += len(system.perspective.getSessionInfo('billy'))\nprint n\n`);
const LIMIT_MS = 60_000;

/** One run: 'ok', 'failed' (it ended badly) or 'hung' (still running at LIMIT_MS; its process group is killed). */
function runOnce() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'run', '--sessions', fixtureFile(10_000), '--memory-limit', '1024', '--timeout', '900', script], { stdio: 'ignore', detached: true });
    const timer = setTimeout(() => { process.kill(-child.pid, 'SIGKILL'); resolve('hung'); }, LIMIT_MS);
    child.on('exit', (code) => { clearTimeout(timer); resolve(code === 0 ? 'ok' : 'failed'); });
  });
}

const counts = { ok: 0, failed: 0, hung: 0 };
for (let r = 0; r < rounds; r++) {
  for (const outcome of await Promise.all(Array.from({ length: concurrent }, runOnce))) counts[outcome]++;
}
console.log(JSON.stringify({ rounds, concurrent, calls, ...counts }));
