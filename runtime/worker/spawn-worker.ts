import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { distFile, skulptFiles } from '../assets.js';
import type { WorkerSetup } from './worker-protocol.js';

/**
 * Starts a sandbox worker thread. It begins loading Skulpt and the guest at once and waits for its `init`
 * message (sent by PythonSession) before it runs anything. Kept free of zod and other large imports so the CLI
 * can call `prestartSandboxWorker` before it has loaded the rest of its code.
 */

/** The worker heap cap when no --memory-limit is given (must equal options.ts's default to be adopted). */
export const DEFAULT_WORKER_MEMORY_MB = 256;

/** Where V8 code caches are kept: $PERSPECTIVE_SANDBOX_CACHE_DIR ('off' disables), else a private dir under tmpdir. */
export function codeCacheDir(): string | undefined {
  const configured = process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'];
  if (configured === 'off') return undefined;
  if (configured !== undefined && configured !== '') return configured;
  return join(tmpdir(), `perspective-sandbox-${process.getuid?.() ?? 'user'}`, 'v8-cache');
}

export function spawnSandboxWorker(memoryLimitMb: number): Worker {
  const setup: WorkerSetup = { scripts: [...skulptFiles(), distFile('guest.js')], cacheDir: codeCacheDir() };
  return new Worker(distFile('worker.cjs'), {
    workerData: setup,
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
    stdout: false,
    stderr: false,
  });
}

interface Spare {
  readonly worker: Worker;
  readonly memoryLimitMb: number;
  dead: boolean;
}

/**
 * The CLI stub (dist/cli.js) and the CLI proper (dist/cli-main.js) are separate bundles, each with its own copy
 * of this module, so the spare lives on a process-wide symbol rather than in a module variable.
 */
const SPARE = Symbol.for('perspective-sandbox.prestarted-worker');
const holder = globalThis as { [SPARE]?: Spare | undefined };

/**
 * Starts one worker early (e.g. while the CLI is still loading its code and reading the fixture), so its start-up
 * overlaps with the host's. The next PythonSession with the same memory limit adopts it; otherwise it is
 * never used and does not keep the process alive.
 */
export function prestartSandboxWorker(memoryLimitMb = DEFAULT_WORKER_MEMORY_MB): void {
  if (holder[SPARE] !== undefined) return;
  const worker = spawnSandboxWorker(memoryLimitMb);
  const entry: Spare = { worker, memoryLimitMb, dead: false };
  worker.unref();
  worker.once('error', () => { entry.dead = true; });
  worker.once('exit', () => { entry.dead = true; });
  holder[SPARE] = entry;
}

/** The prestarted worker if it matches and is still alive; each one is handed out once. */
export function takePrestartedWorker(memoryLimitMb: number): Worker | undefined {
  const entry = holder[SPARE];
  if (entry === undefined || entry.memoryLimitMb !== memoryLimitMb) return undefined;
  holder[SPARE] = undefined;
  if (entry.dead) return undefined;
  entry.worker.removeAllListeners('error');
  entry.worker.removeAllListeners('exit');
  entry.worker.ref();
  return entry.worker;
}
