import { z } from 'zod';
import { execModeSchema } from '../protocol.js';

/** What the host thread sends the sandbox worker. */
export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exec'), id: z.number(), source: z.string(), filename: z.string(), mode: execModeSchema }),
  z.object({ type: z.literal('completeness'), id: z.number(), source: z.string() }),
  z.object({ type: z.literal('completions'), id: z.number(), text: z.string() }),
  z.object({ type: z.literal('reset'), id: z.number() }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

/** What the sandbox worker sends back. `reply.json` is the guest's JSON answer, validated by the host. */
export type WorkerMessage =
  | { type: 'ready'; control: SharedArrayBuffer }
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'reply'; id: number; json: string }
  | { type: 'failed'; message: string };

import type { MessagePort } from 'node:worker_threads';

export interface WorkerSetup {
  readonly scripts: readonly string[];
  readonly configJson: string;
  readonly callPort: MessagePort;
  readonly callSignal: SharedArrayBuffer;
}
