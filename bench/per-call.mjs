// Bench-only: runs a script like `perspective-sandbox run` but over a fixture backend WITHOUT snapshots, so every
// getSessionInfo call takes the per-call path (records serialised host -> sandbox process -> guest at each call), as live
// backends (the gateway) do and as every backend did before host tables. The same-run baseline for call costs.
// Usage: node bench/per-call.mjs FILE.py SESSIONS.json MEMORY_MB
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { FixtureBackend, runScript } = await import(fileURLToPath(new URL('../dist/index.js', import.meta.url)));
const [file, sessionsFile, memoryMb = '1024'] = process.argv.slice(2);
const fixture = FixtureBackend.fromFile(sessionsFile);
const backend = { listSessions: (filter) => fixture.listSessions(filter) };
const result = await runScript(readFileSync(file, 'utf8'), {
  filename: file, backend, limits: { memoryLimitMb: Number(memoryMb), timeoutSeconds: 900 },
  onStdout: (text) => process.stdout.write(text), onStderr: (text) => process.stderr.write(text),
});
process.exitCode = result.exitCode;
