import { z } from 'zod';
import { RaiseInPython } from '../../runtime/host-module.js';
import type { SessionRecord } from '../session.js';
import { sessionRecordSchema } from '../session-schema.js';
import { fastSessionRecords } from './session-record-fast-check.js';
import type { SnapshotRecord } from '../backend.js';

const recordsSchema = z.array(sessionRecordSchema);
const snapshotRecordsSchema = z.array(sessionRecordSchema.extend({ startedAtMs: z.number().optional(), lastCommAtMs: z.number().optional() }));

/**
 * Checks the records a session backend returned (the same schema as fixtures' derived records): a malformed one
 * fails the Python call with a SystemError naming the record and the field, rather than reaching the script.
 */
export function checkRecords(records: unknown, what: string): SessionRecord[] {
  return fastSessionRecords(records) ?? parseOrRaise(recordsSchema, records, what);
}

export function checkSnapshotRecords(records: readonly SnapshotRecord[], what: string): void {
  parseOrRaise(snapshotRecordsSchema, records, what);
}

function parseOrRaise<T>(schema: z.ZodType<T>, records: unknown, what: string): T {
  const parsed = schema.safeParse(records);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const [index, ...field] = issue?.path ?? [];
  const where = index === undefined ? '' : `[${String(index)}]${field.map((part) => `.${String(part)}`).join('')}`;
  throw new RaiseInPython('SystemError', `the session backend's ${what} returned a malformed session record: sessions${where}: ${issue?.message ?? 'invalid'}`);
}
