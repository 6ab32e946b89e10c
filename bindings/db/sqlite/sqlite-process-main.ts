/**
 * The SQLite process: owns one database file's connections (better-sqlite3, synchronous) and answers the host's
 * requests one at a time over the IPC channel (see protocol.ts). The host kills it to stop a statement.
 */
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import type { QueryResult, UpdateResult } from '../driver.js';
import { readonlyEscape, sqliteFileAccess } from '../sql-text.js';
import { sqliteProcessArgsSchema, type SqliteReply, type SqliteRequest } from './protocol.js';
import { sqliteCell, sqliteJavaType, toSqliteParam, type SqliteValue } from './sqlite-values.js';

type Db = Database.Database;

/** better-sqlite3 is an optional dependency: without it, this process says so (the host shows the line) and ends. */
function loadSqlite(): typeof Database {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  } catch {
    process.stderr.write('Error: SQLite needs the optional dependency better-sqlite3, which is not installed (npm install better-sqlite3)\n');
    process.exit(70);
  }
}
const Sqlite = loadSqlite();

const args = sqliteProcessArgsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
const inMemory = args.path === ':memory:';

function open(): Db {
  const db = new Sqlite(args.path, { readonly: args.readonly && !inMemory, fileMustExist: args.readonly && !inMemory, timeout: args.busyTimeoutMs });
  db.defaultSafeIntegers(true);
  // A committed write is on disk when the call returns (the default rollback journal, fsync on commit).
  if (!args.readonly) db.pragma('synchronous = FULL');
  if (args.readonly) db.pragma('query_only = ON');
  return db;
}

const main = open();
/** Connection 0 is the shared one; each transaction gets its own (in memory they share: a second connection would see another database). */
const connections = new Map<number, Db>([[0, main]]);
let nextConn = 1;

function connection(conn: number): Db {
  const db = connections.get(conn);
  if (db === undefined) throw Object.assign(new Error('the transaction is closed'), { code: null });
  return db;
}

/** Prepares one statement; statements that would reach another file than this database are refused. */
function prepare(db: Db, sql: string): Database.Statement {
  const access = sqliteFileAccess(sql);
  if (access !== null) throw Object.assign(new Error(`${access} is not allowed: scripts reach only the databases given with --db`), { code: 'SQLITE_AUTH' });
  const escape = args.readonly ? readonlyEscape(sql) : null;
  if (escape !== null) throw Object.assign(new Error(`${escape} is not allowed: the database is read-only (--db-readonly)`), { code: 'SQLITE_AUTH' });
  return db.prepare(sql);
}

function query(db: Db, sql: string, params: readonly SqliteValue[]): QueryResult {
  const statement = prepare(db, sql);
  if (!statement.reader) {
    statement.run(...params);
    return { columns: [], rows: [] };
  }
  const raw = statement.raw(true).all(...params) as SqliteValue[][];
  const columns = statement.columns().map((c, i) => {
    const sample = raw.find((row) => row[i] !== null)?.[i];
    return { name: c.name, dbType: c.type ?? (sample === undefined ? '' : sqliteTypeOf(sample)), javaType: sqliteJavaType(c.type, sample) };
  });
  return { columns, rows: raw.map((row) => row.map((value, i) => sqliteCell(value, columns[i]?.javaType ?? 'java.lang.Object'))) };
}

function sqliteTypeOf(value: SqliteValue): string {
  if (typeof value === 'bigint') return 'INTEGER';
  if (typeof value === 'number') return 'REAL';
  if (typeof value === 'string') return 'TEXT';
  return value === null ? 'NULL' : 'BLOB';
}

function update(db: Db, sql: string, params: readonly SqliteValue[], getKey: boolean): UpdateResult {
  const statement = prepare(db, sql);
  if (statement.reader) {
    // INSERT ... RETURNING: the rows it returns are the rows it changed.
    const rows = statement.raw(true).all(...params) as SqliteValue[][];
    const first = rows[0]?.[0];
    return { rowsAffected: rows.length, key: getKey && first !== undefined ? sqliteCell(first, 'java.lang.Object') : null };
  }
  const info = statement.run(...params);
  return { rowsAffected: info.changes, key: getKey ? sqliteCell(BigInt(info.lastInsertRowid), 'java.lang.Object') : null };
}

function serve(request: SqliteRequest): QueryResult | UpdateResult | { conn: number } | null {
  switch (request.op) {
    case 'query': return query(connection(request.conn), request.sql, request.params.map(toSqliteParam));
    case 'update': return update(connection(request.conn), request.sql, request.params.map(toSqliteParam), request.getKey);
    case 'begin': {
      const db = inMemory ? main : open();
      db.exec(request.serializable ? 'BEGIN IMMEDIATE' : 'BEGIN');
      const conn = nextConn++;
      connections.set(conn, db);
      return { conn };
    }
    case 'commit': connection(request.conn).exec('COMMIT; BEGIN'); return null;
    case 'rollback': connection(request.conn).exec('ROLLBACK; BEGIN'); return null;
    case 'close': {
      const db = connections.get(request.conn);
      connections.delete(request.conn);
      if (db !== undefined) {
        if (db.inTransaction) db.exec('ROLLBACK');
        if (db !== main) db.close();
      }
      return null;
    }
  }
}

process.on('message', (message: SqliteRequest) => {
  let reply: SqliteReply;
  try {
    reply = { id: message.id, ok: serve(message) as never };
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : null;
    reply = { id: message.id, error: { message: err instanceof Error ? err.message : String(err), code } };
  }
  process.send?.(reply);
});
// The host went away: nothing is in flight between requests, so stopping here loses no committed write.
process.on('disconnect', () => {
  for (const db of connections.values()) if (db.open) db.close();
  process.exit(0);
});
process.send?.({ id: 0, ok: null });
