import { SESSION_SCOPES } from '../session.js';
import type { FixtureSession } from './fixture-schema.js';

/**
 * A fast exact check for the common fixture record: the same rules as fixtureSessionSchema for records without
 * timestamps (startedAt/lastCommAt), in a fraction of zod's time and with no copy. It only ever accepts what the
 * schema accepts; anything else (records with timestamps, and every invalid record) goes to the schema, which
 * also writes the error messages. Keep it in step with fixture-schema.ts (test/bindings/fixture-fast-check.test.ts
 * compares the two).
 */
const STRINGS = ['id', 'project', 'userAgent', 'clientAddress'] as const;
const OPTIONAL_COUNTS = new Set(['uptime', 'lastComm', 'activePages', 'recentBytesSent', 'totalBytesSent']);
const SCOPES: ReadonlySet<unknown> = new Set(SESSION_SCOPES);

export function fastFixtureSession(record: unknown): FixtureSession | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record) || Object.getPrototypeOf(record) !== Object.prototype) return undefined;
  const r = record as Record<string, unknown>;
  for (const key of STRINGS) if (typeof r[key] !== 'string') return undefined;
  if (r['id'] === '') return undefined;
  for (const key of Object.keys(r)) {
    const value = r[key];
    switch (key) {
      case 'id': case 'project': case 'userAgent': case 'clientAddress':
        break;
      case 'username':
        if (typeof value !== 'string') return undefined;
        break;
      case 'sessionScope':
        if (!SCOPES.has(value)) return undefined;
        break;
      case 'pageIds':
        if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) return undefined;
        break;
      case 'authorized':
        if (typeof value !== 'boolean') return undefined;
        break;
      default:
        if (!OPTIONAL_COUNTS.has(key) || !(Number.isSafeInteger(value) && (value as number) >= 0)) return undefined;
    }
  }
  // Every key was checked above against the schema's rules.
  return r as unknown as FixtureSession;
}
