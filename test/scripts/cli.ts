import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult { status: number | null; stdout: string; stderr: string }

/** Runs the built CLI (dist/cli.cjs) as a user would, from the repository root (or `cwd`). */
export function cli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}, cwd = ROOT): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like cli(), without blocking this process (for tests that serve something to the CLI from here). */
export function cliAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Runs the CLI and sends it SIGINT once its stdout contains `ready`: Ctrl-C at a known point of the script,
 * not after a guessed delay. With `signals` 2, a second SIGINT follows while the process still runs (signals
 * sent together may be merged into one, so they are spaced out).
 */
export function cliInterrupted(args: string[], ready: string, signals = 1): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: process.env });
    let stdout = '';
    let stderr = '';
    let sent = 0;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (sent === 0 && stdout.includes(ready)) {
        sent++;
        child.kill('SIGINT');
        const again = setInterval(() => {
          if (sent >= signals || child.exitCode !== null) clearInterval(again);
          else if (child.kill('SIGINT')) sent++;
        }, 300);
        child.on('close', () => clearInterval(again));
      }
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
