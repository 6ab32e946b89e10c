/**
 * Messages between the host thread and the sandbox worker. Hand-checked rather than zod-parsed so the
 * worker bundle stays small (it is on the cold-start path); the guest's answers are still validated by the
 * host with zod (runtime/protocol.ts).
 */
import type { MessagePort } from 'node:worker_threads';

export type ExecMode = 'exec' | 'single';

/** What the host thread sends the sandbox worker after `init`. */
export type WorkerRequest =
  | { type: 'exec'; id: number; source: string; filename: string; mode: ExecMode }
  | { type: 'completeness'; id: number; source: string }
  | { type: 'completions'; id: number; text: string }
  | { type: 'reset'; id: number };

/** The first message the host sends: the guest's configuration and the host-call channel. */
export interface WorkerInit {
  readonly type: 'init';
  readonly configJson: string;
  readonly callPort: MessagePort;
  readonly callSignal: SharedArrayBuffer;
}

/** What the sandbox worker sends back. `reply.json` is the guest's JSON answer, validated by the host. */
export type WorkerMessage =
  | { type: 'ready'; control: SharedArrayBuffer }
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'reply'; id: number; json: string; heapUsed: number }
  | { type: 'failed'; message: string };

/** workerData: what the worker loads before it is told anything else. */
export interface WorkerSetup {
  readonly scripts: readonly string[];
  /** Where V8 code caches of `scripts` live; undefined disables the cache. */
  readonly cacheDir: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks a request's shape; throws on anything else. */
export function parseWorkerRequest(raw: unknown): WorkerRequest {
  if (!isRecord(raw) || typeof raw['id'] !== 'number') throw new TypeError('malformed sandbox request');
  const { type, id } = raw;
  const str = (key: string): string => {
    const value = raw[key];
    if (typeof value !== 'string') throw new TypeError(`malformed sandbox request: ${key}`);
    return value;
  };
  switch (type) {
    case 'exec': {
      const mode = str('mode');
      if (mode !== 'exec' && mode !== 'single') throw new TypeError('malformed sandbox request: mode');
      return { type, id, source: str('source'), filename: str('filename'), mode };
    }
    case 'completeness': return { type, id, source: str('source') };
    case 'completions': return { type, id, text: str('text') };
    case 'reset': return { type, id };
    default: throw new TypeError('malformed sandbox request: type');
  }
}

export function parseWorkerInit(raw: unknown): WorkerInit {
  if (!isRecord(raw) || raw['type'] !== 'init' || typeof raw['configJson'] !== 'string'
    || !(raw['callSignal'] instanceof SharedArrayBuffer) || !isRecord(raw['callPort'])) {
    throw new TypeError('malformed sandbox init');
  }
  return raw as unknown as WorkerInit;
}
