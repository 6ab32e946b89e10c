import { SESSION_SCOPES, type SessionRecord } from '../session.js';

/**
 * A fast exact check for a list of session records (a backend's answer, a gateway's response): the same rules
 * as sessionRecordSchema, in a fraction of zod's time at a cold start (zod took ~10 ms for 1,000 records).
 * It only ever accepts what the schema accepts, and gives what the schema gives: new records with the schema's
 * keys in its order, other keys left out. Anything else is undefined, and the caller runs the schema, which
 * also writes the error message. Keep it in step with session-schema.ts (test/bindings/session-record-fast-check.test.ts
 * compares the two).
 */
const SCOPES: ReadonlySet<unknown> = new Set(SESSION_SCOPES);

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

export function fastSessionRecords(value: unknown): SessionRecord[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = new Array<SessionRecord>(value.length);
  for (let i = 0; i < value.length; i++) {
    const record = fastSessionRecord(value[i]);
    if (record === undefined) return undefined;
    out[i] = record;
  }
  return out;
}

function fastSessionRecord(value: unknown): SessionRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const r = value as Record<string, unknown>;
  const { userAgent, id, username, project, uptime, clientAddress, lastComm, sessionScope, activePages, recentBytesSent, totalBytesSent, pageIds, authorized } = r;
  if (!isString(userAgent) || !isString(id) || !isString(username) || !isString(project) || !isString(clientAddress)) return undefined;
  if (!isCount(uptime) || !isCount(lastComm) || !isCount(activePages) || !isCount(recentBytesSent) || !isCount(totalBytesSent)) return undefined;
  if (!SCOPES.has(sessionScope) || typeof authorized !== 'boolean' || !Array.isArray(pageIds) || !pageIds.every(isString)) return undefined;
  return {
    userAgent, id, username, project, uptime, clientAddress, lastComm, sessionScope: sessionScope as SessionRecord['sessionScope'],
    activePages, recentBytesSent, totalBytesSent, pageIds: [...pageIds], authorized,
  };
}
