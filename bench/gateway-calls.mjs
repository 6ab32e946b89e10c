// Bench-only: `run --gateway` against a live gateway holding N sessions (issue 20's row: a script making 3
// getSessionInfo calls with 1,000 live sessions). Starts the gateway in this process, opens N page WebSockets
// (each a session of its own), then times the CLI run, interleaved with `node -e 0`.
// Usage: node bench/gateway-calls.mjs [SESSIONS] [ROUNDS] -> prints one JSON line.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { median, NODE, timeProcessAsync } from './lib.mjs';

const [sessions = 1000, rounds = 7] = process.argv.slice(2).map(Number);
const { startGateway } = await import(fileURLToPath(new URL('../dist/gateway.js', import.meta.url)));
const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const token = 'bench-token-0123456789abcdef';
const gateway = await startGateway({ port: 0, token, maxSessions: sessions + 100, maxSessionsPerAddress: sessions + 100 }, { log: () => undefined });
const projects = ['MyProject', 'Plant1', 'Plant2'];
const sockets = [];
for (let i = 0; i < sessions; i += 50) {
  await Promise.all(Array.from({ length: Math.min(50, sessions - i) }, (_, k) => new Promise((resolve, reject) => {
    const ws = new WebSocket(`${gateway.url.replace(/^http/, 'ws')}/data/perspective/client/${projects[(i + k) % 3]}/-/ws`, { headers: { 'User-Agent': 'bench/1.0' } });
    ws.on('message', (data) => { if (JSON.parse(String(data)).type === 'welcome') resolve(); });
    ws.on('error', reject);
    sockets.push(ws);
  })));
}
const script = join(mkdtempSync(join(tmpdir(), 'ps-gw-bench-')), 'three-calls.py');
writeFileSync(script, 'a = system.perspective.getSessionInfo()\nb = system.perspective.getSessionInfo(projectFilter="Plant1")\nc = system.perspective.getSessionInfo("nobody")\nprint len(a), len(b), len(c)\n');
// The gateway runs in this process, so the timed processes are spawned without blocking its event loop.
const run = () => timeProcessAsync(NODE, [cli, 'run', '--gateway', gateway.url, '--token', token, script], { check: (out) => out.startsWith(`${sessions} `) });
await run();
const base = [];
const times = [];
for (let i = 0; i < rounds; i++) {
  base.push(await timeProcessAsync(NODE, ['-e', '0']));
  times.push(await run());
}
const [nodeE0, ms] = [median(base), median(times)];
for (const ws of sockets) ws.terminate();
await gateway.close();
console.log(JSON.stringify({ sessions, ms, nodeE0 }));
