import { createRequire } from 'node:module';
import type IsolatedVM from 'isolated-vm';
import { OUTPUT_NOTICE_ALLOWANCE, type GuestConfig, type LimitKind, type SandboxMessage, type SandboxRequest } from '../wire.js';
import { codeCachePath, readCodeCache, readSourceText } from './code-cache.js';
import { LibraryFiles } from './library-files.js';
import { ModuleScripts } from './module-scripts.js';
import { encodeFrame, FrameReader } from './frames.js';
import { GuestIsolate, type BridgeHandlers, type GuestScript } from './guest-isolate.js';
import { HARD_STOP_GRACE_MS, MAX_CALL_ARGS_BYTES, MAX_HOST_FRAME_BYTES, OUTPUT_CHUNK_CHARS, type SandboxSetup } from './sandbox-setup.js';

/**
 * The sandbox process: a child of the host, started with no environment but the host's TZ, under Node's permission model
 * (no child processes, workers or file writes; reads only of its own code), holding the guest in an isolated-vm
 * isolate. It relays between the host (frames on stdin/stdout) and the guest (the bridge), and it enforces every
 * limit from outside the guest: the isolate is terminated at the deadline, disposed at its memory cap, and
 * disposed when its output passes the limit. A V8 fatal error ends only this process.
 */
const setup = JSON.parse(process.argv[2] ?? '') as SandboxSetup;
const ivm = createRequire(__filename)(setup.ivmPath) as typeof IsolatedVM;

function send(message: SandboxMessage): void {
  process.stdout.write(encodeFrame(message));
}

/** The run in progress: its deadline, how much it printed, and why it was stopped from outside, if it was. */
interface Run {
  readonly id: number;
  readonly deadline: number;
  readonly outputLimit: number;
  outputBytes: number;
  stoppedFor: LimitKind | null;
  /** Interrupts received before this run began: the guest sees only those after. */
  interruptsBefore: number;
  /** What poll() last told the guest: interrupts beyond it have not been seen by the guest yet. */
  polled: number;
  /** The host aborted this run: it stops as at its deadline (the isolate is terminated if it does not). */
  aborted: boolean;
}

/** An interrupt arrived that the guest has not polled yet (it may have come just before a sleep or a host call). */
function interruptPending(): boolean {
  return run !== undefined && interrupts - run.interruptsBefore > run.polled;
}

/** What a host call in flight answers when an interrupt arrives: the guest raises it where the call was made. */
const INTERRUPTED_CALL = JSON.stringify({ error: { type: 'KeyboardInterrupt', message: '' } });

/** Python that exercises the parser and compiler (never run) before code caches are made. */
const WARM_UP_SOURCE = 'import sys\nfor row in rows:\n    print "%s %d" % (row["id"], len(row)), row.name\n';

const library = new LibraryFiles(setup.libraryDir);
const modules = new ModuleScripts(ivm, library, setup.cacheDir, (name) => send({ type: 'moduleCacheWanted', name }));
let config: GuestConfig | undefined;
let testHooks = false;
let run: Run | undefined;
let interrupts = 0;
let nextCallId = 1;
const pendingCalls = new Map<number, (json: string) => void>();
const wakeSleepers = new Set<(why: 'deadline' | 'interrupt') => void>();
/** What a host call in flight answers when the run is aborted: the guest stops there as at its deadline. */
const ABORTED_CALL = '{"stop":"time"}';

const bridge: BridgeHandlers = {
  write(stream, text) {
    if (run === undefined || run.stoppedFor !== null) return;
    // The guest keeps itself under the limit; this holds even if code inside it does not.
    const bytes = Buffer.byteLength(text, 'utf8');
    const room = run.outputLimit + OUTPUT_NOTICE_ALLOWANCE - run.outputBytes;
    run.outputBytes += bytes;
    if (bytes > room) {
      const cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8').replace(/\uFFFD$/, '');
      emitOutput(stream, cut);
      stopRun('output');
      return;
    }
    emitOutput(stream, text);
  },
  call(path, args) {
    if (args.length > MAX_CALL_ARGS_BYTES) {
      return Promise.resolve(JSON.stringify({ error: { type: 'ValueError', message: `host call arguments larger than ${MAX_CALL_ARGS_BYTES} bytes` } }));
    }
    if (run?.aborted === true) return Promise.resolve(ABORTED_CALL);
    if (interruptPending() && run !== undefined) {
      run.interruptsBefore++;
      return Promise.resolve(INTERRUPTED_CALL);
    }
    const id = nextCallId++;
    const deadline = run?.deadline ?? Date.now() + 5000;
    return new Promise<string>((resolve) => {
      const timer = setTimeout(() => finish('{"stop":"time"}'), Math.max(0, deadline - Date.now()));
      const finish = (json: string): void => {
        clearTimeout(timer);
        pendingCalls.delete(id);
        resolve(json);
      };
      pendingCalls.set(id, finish);
      send({ type: 'call', id, path: String(path), args: String(args) });
    });
  },
  sleep(ms) {
    // An interrupt the guest has not seen yet ends the sleep before it starts; the guest then polls it.
    if (run?.aborted === true) return Promise.resolve('deadline');
    if (interruptPending()) return Promise.resolve('interrupt');
    const wanted = Date.now() + Math.max(0, ms);
    const deadline = run?.deadline ?? Date.now();
    return new Promise((resolve) => {
      const end = (why: 'slept' | 'deadline' | 'interrupt'): void => {
        clearTimeout(timer);
        wakeSleepers.delete(wake);
        resolve(why);
      };
      const wake = (why: 'deadline' | 'interrupt'): void => end(why);
      const timer = setTimeout(() => end(wanted <= deadline ? 'slept' : 'deadline'), Math.max(0, Math.min(wanted, deadline) - Date.now()));
      wakeSleepers.add(wake);
    });
  },
  poll: () => {
    if (run === undefined) return 0;
    if (run.aborted) return -1;
    run.polled = interrupts - run.interruptsBefore;
    return run.polled;
  },
  library: (name) => library.get(name),
  module: (name, isolate, context) => modules.evaluate(name, isolate, context),
  compiled(name, funcname, code) {
    if (run !== undefined) send({ type: 'compiled', name, funcname, code });
  },
};

function emitOutput(stream: number, text: string): void {
  const name = stream === 1 ? 'stderr' : 'stdout';
  for (let i = 0; i < text.length; i += OUTPUT_CHUNK_CHARS) send({ type: 'output', stream: name, text: text.slice(i, i + OUTPUT_CHUNK_CHARS) });
}

/** Stops the current run from outside: the isolate is disposed, so nothing in it runs another instruction. */
function stopRun(limit: LimitKind): void {
  if (run === undefined) return;
  run.stoppedFor ??= limit;
  current?.dispose();
}

/** The guest's scripts, each read (with its code cache) the first time it is needed and then kept. */
const scriptsRead: GuestScript[] = [];
function* guestScripts(): Generator<GuestScript> {
  for (const [index, file] of setup.scripts.entries()) yield (scriptsRead[index] ??= readScript(file));
}

function readScript(file: string): GuestScript {
  const source = readSourceText(file);
  const cachedData = setup.cacheDir === undefined ? undefined : readCodeCache(codeCachePath(setup.cacheDir, file, source, 'isolate'), setup.cacheDir);
  return { file, source, cachedData };
}

let current: GuestIsolate | undefined;
/** The next isolate, prepared in the background after a reset so the following reset is quick. */
let spare: Promise<GuestIsolate> | undefined;
const first = GuestIsolate.create(ivm, guestScripts(), setup.memoryLimitMb, bridge);

async function freshGuest(): Promise<GuestIsolate> {
  const { guest } = await GuestIsolate.create(ivm, guestScripts(), setup.memoryLimitMb, bridge);
  if (config !== undefined) await guest.init(config);
  return guest;
}

async function initialise(request: Extract<SandboxRequest, { type: 'init' }>): Promise<void> {
  config = request.config;
  testHooks = request.testHooks;
  const { guest, cacheStale } = await first;
  // 'ready' comes after the configuration is applied (not before, which saved the first request's round trip,
  // ~1.5 ms): a configuration the guest refuses must fail the start, not the first run.
  await guest.init(config);
  current = guest;
  // The first start of a build: the boot canaries (the same build behaves the same at every start), then code
  // caches, made before any guest input ran (the host accepts them only until its first request). Checking a
  // sample's completeness first compiles the parser and compiler into the caches too.
  if (cacheStale) await guest.checkFixes();
  if (cacheStale && setup.cacheDir !== undefined) {
    await guest.completeness(WARM_UP_SOURCE, 5000);
    for (const [file, data] of await guest.codeCaches([...guestScripts()])) send({ type: 'codeCache', file, base64: Buffer.from(data).toString('base64') });
  }
  // Library modules earlier runs wanted caches for (see ModuleScripts).
  const moduleCaches = setup.cacheDir === undefined ? [] : request.moduleCaches ?? [];
  for (const [name, data] of await modules.makeCaches(guest.isolate, moduleCaches)) send({ type: 'codeCache', file: `module:${name}`, base64: Buffer.from(data).toString('base64') });
  send({ type: 'ready' });
}

function classify(err: unknown): { limit: LimitKind | null; message: string } {
  const message = err instanceof Error ? err.message : String(err);
  if (run?.stoppedFor) return { limit: run.stoppedFor, message };
  if (/timed out/i.test(message)) return { limit: 'time', message };
  if (/memory limit/i.test(message)) return { limit: 'memory', message };
  return { limit: null, message };
}

async function serve(request: SandboxRequest): Promise<void> {
  switch (request.type) {
    case 'init': return initialise(request);
    case 'interrupt':
      interrupts++;
      for (const wake of [...wakeSleepers]) wake('interrupt');
      // A host call waiting on the host (a slow gateway) returns at once and raises KeyboardInterrupt there;
      // that delivers this interrupt, so the guest's next poll does not raise it a second time.
      if (pendingCalls.size > 0 && run !== undefined) {
        run.interruptsBefore++;
        for (const finish of [...pendingCalls.values()]) finish(INTERRUPTED_CALL);
      }
      return;
    case 'abort': return abortRun();
    case 'callReply':
      pendingCalls.get(request.id)?.(request.json);
      return;
    case 'reset': {
      current?.dispose();
      current = await (spare ?? freshGuest());
      spare = freshGuest();
      spare.catch(() => undefined);
      send({ type: 'reply', id: request.id, json: '{}', heapUsed: current.heapUsed });
      return;
    }
    default: break;
  }
  const guest = current;
  if (guest === undefined) throw new Error('the sandbox has no live interpreter');
  const timeoutMs = request.type === 'exec' ? request.timeoutMs : 5000;
  run = { id: request.id, deadline: Date.now() + timeoutMs, outputLimit: config?.limits.outputLimitBytes ?? 0, outputBytes: 0, stoppedFor: null, interruptsBefore: interrupts, polled: 0, aborted: false };
  try {
    const json = request.type === 'exec' ? await guest.exec(JSON.stringify(request.request), timeoutMs + HARD_STOP_GRACE_MS)
      : request.type === 'completeness' ? await guest.completeness(request.source, timeoutMs)
        : request.type === 'completions' ? await guest.completions(request.text, timeoutMs)
          : JSON.stringify(await evalGuest(guest, request.code));
    if (run.stoppedFor !== null) throw new Error('stopped');
    send({ type: 'reply', id: request.id, json, heapUsed: guest.heapUsed });
  } catch (err) {
    const { limit, message } = classify(err);
    guest.dispose();
    current = undefined;
    send({ type: 'stopped', id: request.id, limit, message });
  } finally {
    run = undefined;
  }
}

/**
 * The host aborted the running code: sleeps and host calls in flight return as at the deadline, the guest's next
 * check stops the run as a time stop, and code that never checks (a native loop) has its isolate terminated.
 */
function abortRun(): void {
  const aborted = run;
  if (aborted === undefined || aborted.aborted) return;
  aborted.aborted = true;
  for (const wake of [...wakeSleepers]) wake('deadline');
  for (const finish of [...pendingCalls.values()]) finish(ABORTED_CALL);
  const timer = setTimeout(() => { if (run === aborted) stopRun('time'); }, HARD_STOP_GRACE_MS);
  timer.unref();
}

/** The test hook: the value of `code` as a copy, or `{thrown}` when it throws (the isolate lives on). */
async function evalGuest(guest: GuestIsolate, code: string): Promise<unknown> {
  if (!testHooks) throw new Error('evalGuest is a test hook and this sandbox was not started with it');
  try {
    return await guest.evalJavaScript(code, 5000);
  } catch (err) {
    if (guest.isolate.isDisposed || /timed out/i.test(String(err))) throw err;
    return { thrown: err instanceof Error ? err.message : String(err) };
  }
}

// Requests are served one at a time, in order; interrupts and call replies are served at once.
let queue: Promise<void> = Promise.resolve();
const reader = new FrameReader(MAX_HOST_FRAME_BYTES, (message) => {
  const request = message as SandboxRequest;
  if (request.type === 'interrupt' || request.type === 'abort' || request.type === 'callReply') {
    void serve(request);
    return;
  }
  queue = queue.then(() => serve(request)).catch((err: unknown) => {
    send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    process.exit(70);
  });
}, (reason) => {
  send({ type: 'failed', message: `bad request from the host: ${reason}` });
  process.exit(70);
});
process.stdin.on('data', (chunk: Buffer) => reader.push(chunk));
// Ctrl-C at a terminal signals the whole process group; the host decides what an interrupt does (see 'interrupt').
process.on('SIGINT', () => undefined);
process.stdin.on('end', () => process.exit(0));
first.catch((err: unknown) => {
  send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  process.exit(70);
});
