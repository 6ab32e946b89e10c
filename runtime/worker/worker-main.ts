import { getHeapStatistics } from 'node:v8';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { loadScript, type CachedScript } from './code-cache.js';
import { createGuestContext } from './guest-context.js';
import { parseWorkerInit, parseWorkerRequest, type WorkerInit, type WorkerMessage, type WorkerRequest, type WorkerSetup } from './worker-protocol.js';

/**
 * The sandbox worker: a thread with its own heap cap that runs Skulpt inside a fresh vm context.
 * The context has no Node globals (no process, require, import()), and the bridge functions it is given
 * take and return primitives only, so no host object is ever reachable from guest code.
 * It loads Skulpt and the guest as soon as it starts (so a host can start it early, see prestart.ts),
 * then waits for the `init` message with the configuration before it runs anything.
 */
interface GuestApi {
  controlBuffer: SharedArrayBuffer;
  init(configJson: string): void;
  exec(requestJson: string): string;
  completeness(source: string): string;
  completions(text: string): string;
  reset(): void;
}

const port = parentPort;
if (port === null) throw new Error('worker-main must run in a worker thread');
const setup = workerData as WorkerSetup;
const post = (message: WorkerMessage): void => port.postMessage(message);

const OUTPUT_FLUSH_BYTES = 8192;
const OUTPUT_FLUSH_MS = 10;
const pending: { stdout: string; stderr: string } = { stdout: '', stderr: '' };
let lastFlush = Date.now();

function flush(): void {
  for (const stream of ['stderr', 'stdout'] as const) {
    if (pending[stream] !== '') {
      post({ type: 'output', stream, text: pending[stream] });
      pending[stream] = '';
    }
  }
  lastFlush = Date.now();
}

function write(stream: number, text: string): void {
  const name = stream === 1 ? 'stderr' : 'stdout';
  // Keep the two streams in order relative to each other.
  if (pending[name === 'stdout' ? 'stderr' : 'stdout'] !== '') flush();
  pending[name] += text;
  // Line-buffered, like a terminal: a complete line is delivered even if the worker is killed right after.
  if (text.endsWith('\n') || pending[name].length >= OUTPUT_FLUSH_BYTES || Date.now() - lastFlush >= OUTPUT_FLUSH_MS) flush();
}

let channel: WorkerInit | undefined;
let callSignal: Int32Array | undefined;

function callHost(path: string, argsJson: string): string {
  if (channel === undefined || callSignal === undefined) throw new Error('the sandbox is not initialised');
  flush();
  Atomics.store(callSignal, 0, 0);
  channel.callPort.postMessage({ path, args: argsJson });
  // Wait until the host has set the flag. A wake-up alone is not enough: the host's notify for the previous
  // call can land after we cleared the flag for this one. (The host kills us at the deadline.)
  while (Atomics.load(callSignal, 0) === 0) Atomics.wait(callSignal, 0, 0, 60_000);
  const reply = receiveMessageOnPort(channel.callPort);
  return typeof reply?.message === 'string' ? reply.message : '{"error":{"type":"RuntimeError","message":"host call failed"}}';
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  flush();
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
}

const context = createGuestContext({ write, call: callHost, sleep });

function fail(err: unknown): never {
  flush();
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  throw err;
}

let scripts: CachedScript[];
try {
  scripts = setup.scripts.map((file) => loadScript(file, setup.cacheDir));
  for (const { script } of scripts) script.runInContext(context);
} catch (err) {
  fail(err);
}
const guest = (context as { __psGuest: GuestApi }).__psGuest;

function initialise(raw: unknown): void {
  try {
    channel = parseWorkerInit(raw);
    callSignal = new Int32Array(channel.callSignal);
    guest.init(channel.configJson);
    flush();
  } catch (err) {
    fail(err);
  }
  // After the first start, the caches hold the functions Skulpt and the guest compiled while starting.
  for (const { save } of scripts) save();
  post({ type: 'ready', control: guest.controlBuffer });
}

function answer(request: WorkerRequest): string {
  switch (request.type) {
    case 'exec': return guest.exec(JSON.stringify({ source: request.source, filename: request.filename, mode: request.mode }));
    case 'completeness': return guest.completeness(request.source);
    case 'completions': return guest.completions(request.text);
    case 'reset': guest.reset(); return '{}';
  }
}

port.on('message', (raw: unknown) => {
  if (channel === undefined) {
    initialise(raw);
    return;
  }
  const request = parseWorkerRequest(raw);
  let json: string;
  try {
    json = String(answer(request));
  } catch (err) {
    json = JSON.stringify({ internalError: err instanceof Error ? err.message : String(err) });
  }
  flush();
  post({ type: 'reply', id: request.id, json, heapUsed: getHeapStatistics().used_heap_size });
});
