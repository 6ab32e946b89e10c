import { createRequire } from 'node:module';
import type pg from 'pg';
import { DatabaseError, ISOLATION_LEVELS, StatementCancelledError, type DatabaseDriver, type IsolationLevel, type QueryResult, type SqlParam, type Transaction, type UpdateResult } from '../driver.js';
import { leadingKeyword, questionMarksToNumbered, readonlyEscape } from '../sql-text.js';
import { pgCell, pgColumnType, toPgParam } from './pg-values.js';

export interface PostgresOptions {
  /** postgresql://user[:password]@host[:port]/database; PGPASSWORD and the other PG* variables fill what it leaves out. */
  readonly url: string;
  readonly readonly: boolean;
  /** The session's TimeZone: the gateway's (timestamps are read and written as its wall time). */
  readonly timezone: string;
  /** statement_timeout: no statement outlives the run's time limit even if the host is gone. */
  readonly statementTimeoutMs: number;
  /** A description without credentials (getConnectionInfo, messages). */
  readonly description: string;
}

/** Every column comes back in PostgreSQL's text format; pg-values.ts converts by type OID. */
const TEXT_TYPES = { getTypeParser: () => (text: string) => text };

const ISOLATION_SQL: Readonly<Record<IsolationLevel, string>> = {
  [ISOLATION_LEVELS.READ_UNCOMMITTED]: 'READ UNCOMMITTED',
  [ISOLATION_LEVELS.READ_COMMITTED]: 'READ COMMITTED',
  [ISOLATION_LEVELS.REPEATABLE_READ]: 'REPEATABLE READ',
  [ISOLATION_LEVELS.SERIALIZABLE]: 'SERIALIZABLE',
};

/**
 * node-postgres, loaded on first use (loading it would cost every CLI run ~100 ms). With require, not import():
 * the CLI's code runs as a vm script, where dynamic import is not available.
 */
let pgModule: typeof pg | undefined;
async function loadPg(): Promise<typeof pg> {
  try {
    pgModule ??= createRequire(import.meta.url)('pg') as typeof pg;
  } catch {
    throw new Error('PostgreSQL needs the optional dependency pg, which is not installed (npm install pg)');
  }
  return pgModule;
}

/** The backend process id node-postgres records at connection (BackendKeyData), for pg_cancel_backend. */
function backendPid(client: pg.PoolClient): number | undefined {
  const pid = (client as unknown as { processID?: unknown }).processID;
  return typeof pid === 'number' ? pid : undefined;
}

/** A PostgreSQL error in pgJDBC's words: `ERROR: text` and its detail. */
function pgError(err: unknown): DatabaseError {
  if (isServerError(err)) {
    const text = `${err.severity ?? 'ERROR'}: ${err.message}${err.detail ? `\n  Detail: ${err.detail}` : ''}`;
    return err.code === '57014' ? new StatementCancelledError(text) : new DatabaseError(text, err.code ?? null);
  }
  if (err instanceof DatabaseError) return err;
  return new DatabaseError(err instanceof Error ? err.message : String(err), '08001');
}

/** An error the server sent (node-postgres's DatabaseError: severity and SQLSTATE code). */
function isServerError(err: unknown): err is Error & { severity?: string; code?: string; detail?: string } {
  return err instanceof Error && 'severity' in err && typeof (err as { code?: unknown }).code === 'string';
}

/** A PostgreSQL database through a node-postgres pool: the shared statements take any connection, a transaction keeps one. */
export class PostgresDriver implements DatabaseDriver {
  readonly dbType = 'POSTGRES';
  readonly description: string;
  private readonly config: pg.ClientConfig;
  private poolPromise: Promise<pg.Pool> | undefined;
  private readonly readonly: boolean;

  constructor(options: PostgresOptions) {
    this.description = options.description;
    this.readonly = options.readonly;
    const settings = [`-c TimeZone=${options.timezone}`, ...(options.readonly ? ['-c default_transaction_read_only=on'] : [])];
    this.config = { connectionString: options.url, options: settings.join(' '), statement_timeout: options.statementTimeoutMs };
  }

  private pool(): Promise<pg.Pool> {
    this.poolPromise ??= loadPg().then((pgLib) => {
      const pool = new pgLib.Pool({ ...this.config, max: 8, allowExitOnIdle: true });
      // An idle connection the server drops must not crash the host.
      pool.on('error', () => undefined);
      return pool;
    });
    return this.poolPromise;
  }

  /** Under --db-readonly, statements that would make the session writable again are refused before they run. */
  private check(sql: string): void {
    const escape = this.readonly ? readonlyEscape(sql) : null;
    if (escape !== null) throw new DatabaseError(`ERROR: ${escape} is not allowed: the database is read-only (--db-readonly)`, '25006');
  }

  async query(sql: string, params: readonly SqlParam[], signal: AbortSignal): Promise<QueryResult> {
    this.check(sql);
    return this.withClient((client) => runQuery(client, sql, params, signal, this.config));
  }

  async update(sql: string, params: readonly SqlParam[], getKey: boolean, signal: AbortSignal): Promise<UpdateResult> {
    this.check(sql);
    return this.withClient((client) => runUpdate(client, sql, params, getKey, signal, this.config));
  }

  private async withClient<T>(task: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await (await this.pool()).connect();
    } catch (err) {
      throw pgError(err);
    }
    try {
      return await task(client);
    } finally {
      client.release();
    }
  }

  async beginTransaction(isolationLevel: IsolationLevel): Promise<Transaction> {
    let client: pg.PoolClient;
    try {
      client = await (await this.pool()).connect();
    } catch (err) {
      throw pgError(err);
    }
    const begin = `BEGIN ISOLATION LEVEL ${ISOLATION_SQL[isolationLevel]}`;
    const simple = async (text: string): Promise<void> => {
      try {
        await client.query(text);
      } catch (err) {
        throw pgError(err);
      }
    };
    await simple(begin);
    let open = true;
    const live = (): void => { if (!open) throw new DatabaseError('the transaction is closed'); };
    return {
      query: async (sql, params, signal) => { live(); this.check(sql); return runQuery(client, sql, params, signal, this.config); },
      update: async (sql, params, getKey, signal) => { live(); this.check(sql); return runUpdate(client, sql, params, getKey, signal, this.config); },
      // As on a gateway, the transaction stays open after a commit or a rollback until it is closed.
      commit: async () => { live(); await simple('COMMIT'); await simple(begin); },
      rollback: async () => { live(); await simple('ROLLBACK'); await simple(begin); },
      close: async () => {
        if (!open) return;
        open = false;
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (err) {
          client.release(err instanceof Error ? err : true);
        }
      },
    };
  }

  async close(): Promise<void> {
    const pool = this.poolPromise;
    this.poolPromise = undefined;
    if (pool !== undefined) await (await pool).end();
  }
}

/** Runs one statement; an abort asks the server to cancel it (pg_cancel_backend from a connection of its own). */
async function run(client: pg.PoolClient, sql: string, params: readonly SqlParam[], signal: AbortSignal, config: pg.ClientConfig): Promise<pg.QueryArrayResult> {
  if (signal.aborted) throw new StatementCancelledError();
  const onAbort = (): void => { void cancelBackend(backendPid(client), config); };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await client.query({ text: questionMarksToNumbered(sql), values: params.map(toPgParam), rowMode: 'array', types: TEXT_TYPES });
  } catch (err) {
    throw pgError(err);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

async function cancelBackend(pid: number | undefined, config: pg.ClientConfig): Promise<void> {
  if (pid === undefined) return;
  const canceller = new (await loadPg()).Client({ ...config, options: '' });
  canceller.on('error', () => undefined);
  try {
    await canceller.connect();
    await canceller.query('SELECT pg_cancel_backend($1)', [pid]);
  } catch {
    // The statement_timeout still ends it.
  } finally {
    await canceller.end().catch(() => undefined);
  }
}

async function runQuery(client: pg.PoolClient, sql: string, params: readonly SqlParam[], signal: AbortSignal, config: pg.ClientConfig): Promise<QueryResult> {
  const result = await run(client, sql, params, signal, config);
  const fields = result.fields ?? [];
  const columns = fields.map((f) => ({ name: f.name, ...pgColumnType(f.dataTypeID) }));
  const rows = (result.rows as (string | null)[][]).map((row) => row.map((text, i) => pgCell(text, fields[i]?.dataTypeID ?? 25)));
  return { columns, rows };
}

async function runUpdate(client: pg.PoolClient, sql: string, params: readonly SqlParam[], getKey: boolean, signal: AbortSignal, config: pg.ClientConfig): Promise<UpdateResult> {
  // As pgJDBC does for RETURN_GENERATED_KEYS: the INSERT returns its rows, and the key is the first column.
  const wantsRows = getKey && leadingKeyword(sql) === 'INSERT' && !/\breturning\b/i.test(sql);
  const text = wantsRows ? `${sql.replace(/[\s;]+$/, '')} RETURNING *` : sql;
  const result = await run(client, text, params, signal, config);
  const first = (result.rows as (string | null)[][])[0]?.[0];
  const key = getKey && first !== undefined ? pgCell(first, result.fields[0]?.dataTypeID ?? 25) : null;
  return { rowsAffected: result.rowCount ?? 0, key };
}
