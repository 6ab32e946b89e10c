import { z } from 'zod';
import { JAVA_TYPES, type QueryResult, type SqlParam, type UpdateResult } from '../driver.js';

/**
 * Messages between the host and the SQLite process (sqlite-process-main.ts), which owns the database's
 * connections. It runs in a process of its own so that a statement past the time limit can be stopped for good:
 * better-sqlite3 is synchronous and has no interrupt, so a runaway statement ends only with its process.
 */
export type SqliteRequest =
  | { readonly id: number; readonly op: 'query'; readonly conn: number; readonly sql: string; readonly params: readonly SqlParam[] }
  | { readonly id: number; readonly op: 'update'; readonly conn: number; readonly sql: string; readonly params: readonly SqlParam[]; readonly getKey: boolean }
  | { readonly id: number; readonly op: 'begin'; readonly serializable: boolean }
  | { readonly id: number; readonly op: 'commit' | 'rollback' | 'close'; readonly conn: number };

export type SqliteReply =
  | { readonly id: number; readonly ok: QueryResult | UpdateResult | { readonly conn: number } | null }
  | { readonly id: number; readonly error: { readonly message: string; readonly code: string | null } };

/** The process's start-up arguments (argv[2], JSON). */
export const sqliteProcessArgsSchema = z.object({ path: z.string(), readonly: z.boolean(), busyTimeoutMs: z.number().int().nonnegative() });
export type SqliteProcessArgs = z.infer<typeof sqliteProcessArgsSchema>;

const cellSchema = z.union([
  z.null(), z.boolean(), z.number(), z.string(),
  z.object({ long: z.string() }), z.object({ float: z.number() }), z.object({ date: z.number() }), z.object({ bytes: z.string() }), z.object({ localDate: z.string() }),
]);
const columnSchema = z.object({ name: z.string(), dbType: z.string(), javaType: z.enum(JAVA_TYPES) });

export const sqliteReplySchema = z.union([
  z.object({ id: z.number(), error: z.object({ message: z.string(), code: z.string().nullable() }) }),
  z.object({ id: z.number(), ok: z.union([
    z.null(),
    z.object({ conn: z.number() }),
    z.object({ rowsAffected: z.number(), key: cellSchema }),
    z.object({ columns: z.array(columnSchema), rows: z.array(z.array(cellSchema)) }),
  ]) }),
]);
