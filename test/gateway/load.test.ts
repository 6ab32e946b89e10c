import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { build } from 'esbuild';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayBackend } from '../../bindings/backends/gateway.js';
import { runScript } from '../../bindings/run-script.js';
import { openSession, type OpenedPage } from './helpers.js';

const SESSIONS = 1_000;
const CONCURRENCY = 50;
const LIST_CALLS = 200;
const SCRIPT_CALLS = 30;
/** Times getSessionInfo() from inside the sandbox: bridge + HTTP + zod + building the Python list of adapters. */
const TIMING_SCRIPT = `
import time
for i in range(${SCRIPT_CALLS}):
    started = time.time()
    count = len(system.perspective.getSessionInfo())
    print (time.time() - started) * 1000, count
`;
const TOKEN = 'load-test-token-0123456789';
const HARNESS = new URL('./fixtures/gateway-harness.ts', import.meta.url).pathname;
const BUNDLE = new URL('../../test-results/gateway-harness.mjs', import.meta.url).pathname;

let child: ChildProcessWithoutNullStreams;
let lines: Interface;
let url = '';
const pending: Array<(line: string) => void> = [];

function nextLine(): Promise<string> {
  return new Promise((resolve, reject) => {
    pending.push(resolve);
    setTimeout(() => reject(new Error('gateway harness did not answer')), 10_000).unref();
  });
}

async function gatewayMemory(): Promise<NodeJS.MemoryUsage> {
  const answer = nextLine();
  child.stdin.write('mem\n');
  return JSON.parse(await answer) as NodeJS.MemoryUsage;
}

/** Runs `task` for 0..count-1 with at most `limit` in flight. */
async function inBatches<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  }));
  return results;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

beforeAll(async () => {
  await build({ entryPoints: [HARNESS], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: BUNDLE, packages: 'external', logLevel: 'warning' });
  child = spawn(process.execPath, ['--expose-gc', BUNDLE, TOKEN], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => pending.shift()?.(line));
  url = (JSON.parse(await nextLine()) as { url: string }).url;
}, 30_000);

afterAll(async () => {
  if (!child) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin.end('exit\n');
  setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  await exited;
});

describe('load: 1,000 concurrent WebSocket sessions on loopback', () => {
  it('holds them all and answers listSessions over them', async () => {
    const baseline = await gatewayMemory();
    const pages: OpenedPage[] = await inBatches(SESSIONS, CONCURRENCY, async (index) => {
      const { page } = await openSession(url, `load${index % 10}`, { userAgent: `load-client/${index}` });
      if (!page) throw new Error('no page');
      page.ws.send(JSON.stringify({ type: 'heartbeat', seq: 0 }));
      return page;
    });
    // Every client keeps sending a heartbeat a second (≈1,000 messages/s in total) while we measure.
    let seq = 1;
    const heartbeats = setInterval(() => {
      for (const page of pages) if (page.ws.readyState === WebSocket.OPEN) page.ws.send(JSON.stringify({ type: 'heartbeat', seq }));
      seq += 1;
    }, 1000);
    try {
      const backend = new GatewayBackend({ url, token: TOKEN });
      const all = await backend.listSessions({ username: null, project: null });
      expect(all).toHaveLength(SESSIONS);
      expect(all.every((session) => session.activePages === 1 && session.totalBytesSent > 0)).toBe(true);
      expect(new Set(all.map((session) => session.id)).size).toBe(SESSIONS);

      const durations: number[] = [];
      for (let call = 0; call < LIST_CALLS; call += 1) {
        const started = performance.now();
        const sessions = await backend.listSessions({ username: null, project: null });
        durations.push(performance.now() - started);
        expect(sessions.length).toBe(SESSIONS);
      }
      const filtered: number[] = [];
      for (let call = 0; call < LIST_CALLS; call += 1) {
        const started = performance.now();
        const sessions = await backend.listSessions({ username: null, project: 'load3' });
        filtered.push(performance.now() - started);
        expect(sessions.length).toBe(SESSIONS / 10);
      }
      const timing = await runScript(TIMING_SCRIPT, { backend, limits: { timeoutSeconds: 120 } });
      expect(timing.stderr).toBe('');
      const rows = timing.stdout.trim().split('\n').map((line) => line.split(' ').map(Number));
      expect(rows).toHaveLength(SCRIPT_CALLS);
      expect(rows.every(([, count]) => count === SESSIONS)).toBe(true);
      const inScript = rows.map(([ms]) => ms ?? Number.NaN).sort((a, b) => a - b);
      const loaded = await gatewayMemory();
      durations.sort((a, b) => a - b);
      filtered.sort((a, b) => a - b);
      const perSession = (loaded.heapUsed - baseline.heapUsed) / SESSIONS;
      console.log([
        `[gateway load] ${SESSIONS} concurrent WebSocket sessions on loopback`,
        `  listSessions() over all ${SESSIONS} (HTTP + JSON + zod, ${LIST_CALLS} calls): median ${percentile(durations, 50).toFixed(2)} ms, p99 ${percentile(durations, 99).toFixed(2)} ms`,
        `  getSessionInfo() inside a script over all ${SESSIONS} (${SCRIPT_CALLS} calls): median ${percentile(inScript, 50).toFixed(1)} ms, p99 ${percentile(inScript, 99).toFixed(1)} ms`,
        `  listSessions(project filter, ${SESSIONS / 10} match): median ${percentile(filtered, 50).toFixed(2)} ms, p99 ${percentile(filtered, 99).toFixed(2)} ms`,
        `  gateway memory: rss ${mib(baseline.rss)} -> ${mib(loaded.rss)}, heapUsed ${mib(baseline.heapUsed)} -> ${mib(loaded.heapUsed)} (~${(perSession / 1024).toFixed(1)} KiB heap per session incl. its WebSocket)`,
      ].join('\n'));
      expect(loaded.heapUsed).toBeGreaterThan(0);
    } finally {
      clearInterval(heartbeats);
      await Promise.all(pages.map((page) => {
        page.ws.close();
        return page.closed;
      }));
    }
  }, 120_000);
});
