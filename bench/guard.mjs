// CI regression guard (~20 s): a few ratios, each against a baseline measured in the same run, compared with
// bench/baseline.json. Fails only when a ratio is more than 3x worse than recorded (gross regressions, not noise).
// `node bench/guard.mjs --record` rewrites bench/baseline.json from this machine.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureFile } from './fixtures.mjs';
import { interleaved, NODE, timeProcess } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(dirname(here), 'dist/cli.cjs');
const TOLERANCE = 3;
const run = (...args) => () => timeProcess(NODE, [cli, 'run', ...args]).ms;

timeProcess(NODE, [cli, 'run', 'examples/billy.py']); // warm the V8 code cache
const fixture = fixtureFile(10_000);
const [nodeE0, cold, report] = interleaved(5, [() => timeProcess(NODE, ['-e', '0']).ms, run('examples/billy.py'), run('--sessions', fixture, join(here, 'scripts/report.py'))]);
const calls = timeProcess(NODE, [cli, 'run', '--sessions', fixtureFile(100_000), join(here, 'scripts/guard-calls.py')]).stdout;
const r = Object.fromEntries([...calls.matchAll(/RESULT (\w+) ([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));

const ratios = {
  'cold run / node -e 0': cold / nodeE0,
  '10k-session report / cold run': report / cold,
  'getSessionInfo(username) over 100k / 2000-iteration dict loop': r.call / r.loop,
  // Unfiltered calls are served from the sandbox's copy of the table; the per-call path is ~50x slower.
  'getSessionInfo() over 100k / 2000-iteration dict loop': r.unfiltered / r.loop,
};
const baselinePath = join(here, 'baseline.json');
if (process.argv.includes('--record')) {
  writeFileSync(baselinePath, JSON.stringify({ recorded: new Date().toISOString(), tolerance: TOLERANCE, ratios }, null, 2) + '\n');
  console.log('recorded', ratios);
  process.exit(0);
}
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')).ratios;
let failed = false;
for (const [name, value] of Object.entries(ratios)) {
  const recorded = baseline[name];
  const bad = recorded !== undefined && value > recorded * TOLERANCE;
  failed ||= bad;
  console.log(`${bad ? 'FAIL' : 'ok  '} ${name}: ${value.toFixed(2)} (recorded ${recorded?.toFixed(2) ?? '-'}, limit ${recorded ? (recorded * TOLERANCE).toFixed(2) : '-'})`);
}
process.exitCode = failed ? 1 : 0;
