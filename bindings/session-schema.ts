import { z } from 'zod';
import { SESSION_SCOPES, type SessionRecord } from './session.js';

/** One session as a backend reports it: every documented field, already derived. */
export const sessionRecordSchema = z.object({
  userAgent: z.string(),
  id: z.string(),
  username: z.string(),
  project: z.string(),
  uptime: z.number().int().nonnegative(),
  clientAddress: z.string(),
  lastComm: z.number().int().nonnegative(),
  sessionScope: z.enum(SESSION_SCOPES),
  activePages: z.number().int().nonnegative(),
  recentBytesSent: z.number().int().nonnegative(),
  totalBytesSent: z.number().int().nonnegative(),
  pageIds: z.array(z.string()),
  authorized: z.boolean(),
});
sessionRecordSchema satisfies z.ZodType<SessionRecord, SessionRecord>;
