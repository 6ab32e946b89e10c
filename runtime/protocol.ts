import { z } from 'zod';
import type { Completeness, ExecMode, ExecOutcome, LimitKind, SandboxMessage } from './wire.js';

/**
 * The host's edge of the wire contract (runtime/wire.ts): zod schemas for everything the host receives from
 * the sandbox process. A compromised guest, or a compromised sandbox process, must not be able to confuse the
 * host, so nothing it sends is used before it passes these.
 */

export type { Completeness, ExecMode, ExecOutcome, LimitKind };

const limitKindSchema = z.enum(['time', 'memory', 'output', 'recursion']);

export const execOutcomeSchema: z.ZodType<ExecOutcome> = z.object({
  status: z.enum(['ok', 'exception', 'exit', 'limit', 'interrupted']),
  exitCode: z.number().int(),
  error: z.object({
    type: z.string().max(1000),
    message: z.string(),
    limit: limitKindSchema.optional(),
  }).optional(),
  value: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('value'), json: z.unknown() }),
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('unconvertible'), message: z.string().max(100_000) }),
  ]).optional(),
});

export const completenessSchema: z.ZodType<Completeness> = z.object({
  status: z.enum(['complete', 'incomplete', 'invalid']),
  message: z.string().optional(),
});

export const stringListSchema = z.array(z.string()).max(100_000);

/** A host function call coming out of the guest: a dotted path and JSON arguments. */
export const hostCallSchema = z.object({
  path: z.string().max(200),
  args: z.array(z.unknown()).max(64),
});

/** A guest-served function's request for the host's current value (the body of its call; see CurrentValueRequest). */
export const currentValueRequestSchema = z.object({
  args: z.array(z.unknown()).max(64),
  held: z.number().nullable(),
});

export const sandboxMessageSchema: z.ZodType<SandboxMessage> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('failed'), message: z.string().max(100_000) }),
  z.object({ type: z.literal('codeCache'), file: z.string(), base64: z.string() }),
  z.object({ type: z.literal('compiled'), name: z.string().max(10_000), funcname: z.string().max(200), code: z.string() }),
  z.object({ type: z.literal('moduleCacheWanted'), name: z.string().max(300) }),
  z.object({ type: z.literal('output'), stream: z.enum(['stdout', 'stderr']), text: z.string() }),
  z.object({ type: z.literal('call'), id: z.number().int(), path: z.string().max(200), args: z.string() }),
  z.object({ type: z.literal('reply'), id: z.number().int(), json: z.string(), heapUsed: z.number() }),
  z.object({ type: z.literal('stopped'), id: z.number().int(), limit: limitKindSchema.nullable(), message: z.string().max(100_000) }),
]);
