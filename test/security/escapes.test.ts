import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../bindings/index.js';
import { SMALL_FIXTURE } from '../helpers.js';
import { ATTEMPTS, LIMIT_ARGS, LIMITS, type Attempt } from './corpus.js';

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

function expectBlocked(attempt: Attempt, got: { exitCode: number | null; stdout: string; stderr: string }): void {
  expect({ exitCode: got.exitCode, lastStderrLine: lastLine(got.stderr) }).toEqual({ exitCode: attempt.exitCode, lastStderrLine: attempt.lastStderrLine });
  if (attempt.stdout !== undefined) expect(got.stdout).toBe(attempt.stdout);
}

describe('security corpus through the library API', () => {
  it('has at least 40 attempts', () => {
    expect(ATTEMPTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ATTEMPTS.map((a) => [a.name, a] as const))('%s', async (_name, attempt) => {
    const result = await runScript(attempt.code, { sessionsFile: SMALL_FIXTURE, limits: LIMITS });
    expectBlocked(attempt, result);
  });
});

function runCli(code: string): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'run', ...LIMIT_ARGS, '--sessions', SMALL_FIXTURE, '-c', code]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

describe('security corpus through the CLI', () => {
  it('blocks every attempt with its specific error', async () => {
    const results: Array<{ attempt: Attempt; got: Awaited<ReturnType<typeof runCli>> }> = [];
    const queue = [...ATTEMPTS];
    await Promise.all(Array.from({ length: 2 }, async () => {
      for (let attempt = queue.shift(); attempt; attempt = queue.shift()) results.push({ attempt, got: await runCli(attempt.code) });
    }));
    for (const { attempt, got } of results) expectBlocked(attempt, got);
    expect(results).toHaveLength(ATTEMPTS.length);
  }, 300_000);
});
