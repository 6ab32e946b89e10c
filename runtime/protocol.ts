import { z } from 'zod';

/**
 * Messages that cross between the host thread, the sandbox worker and the guest realm inside it.
 * Everything that crosses is validated here: a compromised guest must not be able to confuse the host.
 */

export const limitKindSchema = z.enum(['time', 'memory', 'output', 'recursion']);
export type LimitKind = z.infer<typeof limitKindSchema>;

export const execModeSchema = z.enum(['exec', 'single']);
export type ExecMode = z.infer<typeof execModeSchema>;

/** What the guest reports after running one piece of source. */
export const execOutcomeSchema = z.object({
  status: z.enum(['ok', 'exception', 'exit', 'limit', 'interrupted']),
  exitCode: z.number().int(),
  error: z.object({
    type: z.string(),
    message: z.string(),
    limit: limitKindSchema.optional(),
  }).optional(),
});
export type ExecOutcome = z.infer<typeof execOutcomeSchema>;

export const completenessSchema = z.object({
  status: z.enum(['complete', 'incomplete', 'invalid']),
  message: z.string().optional(),
});
export type Completeness = z.infer<typeof completenessSchema>;

export const stringListSchema = z.array(z.string());

/** A host function call coming out of the guest: a dotted path and JSON arguments. */
export const hostCallSchema = z.object({
  path: z.string().max(200),
  args: z.array(z.unknown()).max(64),
});
export type HostCall = z.infer<typeof hostCallSchema>;

/** The answer to a host call: a JSON value to convert to Python, or a Python exception to raise. */
export type HostCallReply =
  | { ok: unknown }
  | { error: { type: string; message: string } };
