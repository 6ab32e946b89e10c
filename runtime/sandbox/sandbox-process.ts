import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distFile } from '../assets.js';
import { DEFAULT_LIMITS, type SandboxRequest } from '../wire.js';
import { encodeCallReplyFrame, encodeFrame, FrameReader } from './frames.js';
import { MAX_SANDBOX_FRAME_BYTES, type SandboxSetup } from './sandbox-setup.js';

/**
 * The host's handle on a sandbox process (runtime/sandbox/sandbox-main.ts). Kept free of zod and other large
 * imports so the CLI stub can start one before it has loaded the rest of its code; Interpreter validates what
 * comes out of it.
 */

/** Where V8 code caches are kept: $PERSPECTIVE_SANDBOX_CACHE_DIR ('off' disables), else a private dir under tmpdir. */
export function codeCacheDir(): string | undefined {
  const configured = process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'];
  if (configured === 'off') return undefined;
  if (configured !== undefined && configured !== '') return configured;
  return join(tmpdir(), `perspective-sandbox-${process.getuid?.() ?? 'user'}`, 'v8-cache');
}

/** Why the process ended, as far as the host can tell. */
export interface SandboxExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The last few KB the process wrote to stderr (V8 prints its fatal errors there). */
  readonly stderrTail: string;
}

const STDERR_TAIL_BYTES = 8192;

/** What a sandbox process with this memory limit loads, from where. */
export function sandboxSetup(memoryLimitMb: number): SandboxSetup {
  const libraryDir = dirname(distFile('guest.js'));
  return {
    scripts: [distFile('skulpt.min.js'), distFile('guest.js')],
    cacheDir: codeCacheDir(),
    ivmPath: isolatedVmEntry(),
    memoryLimitMb,
    libraryDir: existsSync(join(libraryDir, 'python', 'index.json')) ? libraryDir : undefined,
  };
}

/**
 * Node's flags for the sandbox process: the permission model with reads of its own code only (the sandbox
 * bundle, Skulpt, the guest, isolated-vm, the code cache) and no writes, child processes, workers or WASI.
 * Addons are allowed because isolated-vm is one. No V8 heap flag is given: any of them costs ~7 ms of Node's
 * boot. (A larger young generation for the isolates, set after boot, gained nothing measurable at start-up and
 * made a heap that fills up to --memory-limit take 3-5x longer to stop: V8 collects again and again near the cap.)
 */
export function sandboxNodeFlags(setup: SandboxSetup): string[] {
  const readable = new Set([
    dirname(distFile('sandbox.cjs')), dirname(setup.ivmPath), ...setup.scripts.map((f) => dirname(f)),
    ...(setup.cacheDir ? [setup.cacheDir] : []), ...(setup.libraryDir ? [setup.libraryDir] : []),
  ]);
  const permission = permissionFlag();
  return [permission, '--allow-addons', ...[...readable].map((dir) => `--allow-fs-read=${dir}`), '--no-warnings'];
}

/**
 * Node's permission model flag: `--permission` since 22.13 and 23.5, `--experimental-permission` before. Read from
 * the version rather than process.allowedNodeEnvironmentFlags, whose first use costs ~0.7 ms of a cold start.
 */
function permissionFlag(): string {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major > 23 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13) ? '--permission' : '--experimental-permission';
}

/**
 * isolated-vm's entry file: where a source checkout or a nested install keeps it, else wherever Node resolves it
 * (module resolution costs ~0.9 ms of a cold start).
 */
function isolatedVmEntry(): string {
  const nested = join(dirname(distFile('guest.js')), '..', 'node_modules', 'isolated-vm', 'isolated-vm.js');
  return existsSync(nested) ? nested : createRequire(import.meta.url).resolve('isolated-vm');
}

export class SandboxProcess {
  readonly setup: SandboxSetup;
  private readonly child: ChildProcessWithoutNullStreams;
  private messageHandler: (message: unknown) => void = () => undefined;
  private exitHandler: (exit: SandboxExit) => void = () => undefined;
  private stderrTail = '';
  private exitInfo: SandboxExit | undefined;

  constructor(memoryLimitMb: number) {
    this.setup = sandboxSetup(memoryLimitMb);
    this.child = spawn(process.execPath, [...sandboxNodeFlags(this.setup), distFile('sandbox.cjs'), JSON.stringify(this.setup)], {
      // Nothing of the host's environment but its time zone, which the guest's Intl reads as the machine's own.
      env: process.env['TZ'] !== undefined ? { TZ: process.env['TZ'] } : {},
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const reader = new FrameReader(MAX_SANDBOX_FRAME_BYTES, (message) => this.messageHandler(message), (reason) => {
      this.stderrTail += `\nperspective-sandbox: the sandbox process sent a bad frame (${reason})`;
      this.kill();
    });
    this.child.stdout.on('data', (chunk: Buffer) => reader.push(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
    });
    // A dead process must not take the host with it: broken pipes are expected then.
    this.child.stdin.on('error', () => undefined);
    this.child.on('error', () => undefined);
    this.child.on('exit', (code, signal) => {
      this.exitInfo = { code, signal, stderrTail: this.stderrTail };
      this.exitHandler(this.exitInfo);
    });
  }

  get exited(): boolean {
    return this.exitInfo !== undefined;
  }

  onMessage(handler: (message: unknown) => void): void {
    this.messageHandler = handler;
  }

  /** Called once when the process has ended (at once if it already has). */
  onExit(handler: (exit: SandboxExit) => void): void {
    this.exitHandler = handler;
    if (this.exitInfo !== undefined) handler(this.exitInfo);
  }

  send(request: SandboxRequest): void {
    if (this.exited) return;
    this.child.stdin.write(request.type === 'callReply' ? encodeCallReplyFrame(request.id, request.json) : encodeFrame(request));
  }

  /** Whether this process keeps the host's event loop alive. */
  ref(keep: boolean): void {
    for (const handle of [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as Array<{ ref(): void; unref(): void }>) {
      if (keep) handle.ref();
      else handle.unref();
    }
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }

  /** Kills the process without waiting for it, and lets the host exit before the process is fully gone. */
  abandon(): void {
    this.kill();
    this.ref(false);
  }

  /** Ends the process and resolves when it is gone. */
  terminate(): Promise<void> {
    if (this.exited) return Promise.resolve();
    // Held while waiting: an idle process is unreferenced, and its end must still be awaited.
    this.ref(true);
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.kill();
    });
  }
}

/**
 * The CLI stub (dist/cli.cjs) and the CLI proper (dist/cli-main.cjs) are separate bundles, each with its own copy
 * of this module, so the spare lives on a process-wide symbol rather than in a module variable.
 */
const SPARE = Symbol.for('perspective-sandbox.prestarted-sandbox');
const holder = globalThis as { [SPARE]?: SandboxProcess | undefined };

/**
 * Starts one sandbox process early (e.g. while the CLI is still loading its code and reading the fixture), so its
 * start-up overlaps with the host's. The next Interpreter with the same memory limit adopts it; otherwise it is
 * never used and does not keep the host alive.
 */
export function prestartSandbox(memoryLimitMb = DEFAULT_LIMITS.memoryLimitMb): void {
  if (holder[SPARE] !== undefined) return;
  const spare = new SandboxProcess(memoryLimitMb);
  spare.ref(false);
  holder[SPARE] = spare;
}

/** A sandbox process for a new session: the prestarted one if it matches and is alive, else a new one. */
export function startSandbox(memoryLimitMb: number): SandboxProcess {
  const spare = holder[SPARE];
  if (spare !== undefined && spare.setup.memoryLimitMb === memoryLimitMb && !spare.exited) {
    holder[SPARE] = undefined;
    spare.ref(true);
    return spare;
  }
  return new SandboxProcess(memoryLimitMb);
}
