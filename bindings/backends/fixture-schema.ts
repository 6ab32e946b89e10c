import { z } from 'zod';
import { SESSION_SCOPES } from '../session.js';
import type { FixtureSession } from './fixture-session.js';

export type { FixtureSession };

const count = z.number().int().nonnegative();
const timestamp = z.iso.datetime({ offset: true });

/**
 * One session as a fixture file writes it: the documented keys, where the derivable ones may be left out.
 * Unknown keys are an error, so a misspelt key does not pass silently.
 */
export const fixtureSessionSchema = z.strictObject({
  id: z.string().min(1),
  project: z.string(),
  userAgent: z.string(),
  clientAddress: z.string(),
  username: z.string().optional(),
  sessionScope: z.enum(SESSION_SCOPES).optional(),
  uptime: count.optional(),
  startedAt: timestamp.optional(),
  lastComm: count.optional(),
  lastCommAt: timestamp.optional(),
  activePages: count.optional(),
  pageIds: z.array(z.string()).optional(),
  recentBytesSent: count.optional(),
  totalBytesSent: count.optional(),
  authorized: z.boolean().optional(),
}).refine((s) => !(s.uptime !== undefined && s.startedAt !== undefined), {
  message: 'give uptime or startedAt, not both',
  path: ['startedAt'],
}).refine((s) => !(s.lastComm !== undefined && s.lastCommAt !== undefined), {
  message: 'give lastComm or lastCommAt, not both',
  path: ['lastCommAt'],
});
fixtureSessionSchema satisfies z.ZodType<FixtureSession, FixtureSession>;

/** A fixture file: an array of sessions, or `{ "sessions": [...] }`. */
export const fixtureFileSchema = z.union([
  z.array(fixtureSessionSchema),
  z.strictObject({ sessions: z.array(fixtureSessionSchema) }),
]);
