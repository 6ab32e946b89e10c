import { fork, type ChildProcess } from 'node:child_process';
import { distFile } from '../../../runtime/assets.js';
import { DatabaseError, ISOLATION_LEVELS, StatementCancelledError, type DatabaseDriver, type IsolationLevel, type QueryResult, type SqlParam, type Transaction, type UpdateResult } from '../driver.js';
import { sqliteReplySchema, type SqliteProcessArgs, type SqliteReply, type SqliteRequest } from './protocol.js';

type RequestBody = SqliteRequest extends infer R ? R extends SqliteRequest ? Omit<R, 'id'> : never : never;

interface Pending {
  readonly resolve: (ok: unknown) => void;
  readonly reject: (err: Error) => void;
}

/** How long a writer waits for another connection's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 2000;

/**
 * One SQLite process (sqlite-process-main.ts) and its requests. `kill` ends it with whatever it is running; the
 * next request starts a fresh one (transactions of the old one are gone: the database rolled them back).
 */
class SqliteProcess {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Bumped at each new process: a transaction remembers the generation it was opened in. */
  generation = 0;

  constructor(private readonly args: SqliteProcessArgs) {}

  private start(): Promise<void> {
    const child = fork(distFile('sqlite-process.cjs'), [JSON.stringify(this.args)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
    this.child = child;
    this.generation++;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { if (stderr.length < 4000) stderr += chunk.toString('utf8'); });
    const ready = new Promise<void>((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
    });
    child.on('message', (raw) => {
      const reply = sqliteReplySchema.safeParse(raw);
      if (!reply.success) return;
      const entry = this.pending.get(reply.data.id);
      if (entry === undefined) return;
      this.pending.delete(reply.data.id);
      if ('error' in reply.data) entry.reject(sqliteError(reply.data as Extract<SqliteReply, { error: unknown }>));
      else entry.resolve(reply.data.ok);
      this.idle();
    });
    child.on('exit', () => {
      if (this.child !== child) return;
      this.child = undefined;
      this.ready = undefined;
      const message = firstLine(stderr) ?? 'the SQLite process ended';
      for (const entry of this.pending.values()) entry.reject(new DatabaseError(message));
      this.pending.clear();
    });
    return ready;
  }

  /** The process keeps the host alive only while a request is in flight. */
  private idle(): void {
    if (this.pending.size === 0) {
      this.child?.unref();
      this.child?.channel?.unref();
    }
  }

  async request<T>(body: RequestBody, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw new StatementCancelledError();
    this.ready ??= this.start();
    await this.ready;
    const child = this.child;
    if (child === undefined) throw new DatabaseError('the SQLite process ended');
    child.ref();
    child.channel?.ref();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        this.pending.delete(id);
        reject(new StatementCancelledError('the statement was cancelled: its SQLite process was stopped'));
        this.kill();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (ok) => { signal?.removeEventListener('abort', onAbort); resolve(ok as T); },
        reject: (err) => { signal?.removeEventListener('abort', onAbort); reject(err); },
      });
      child.send({ ...body, id } satisfies SqliteRequest);
    });
  }

  /** Stops the process now; requests still waiting on it fail, and the next request starts a fresh one. */
  kill(): void {
    const child = this.child;
    if (child === undefined) return;
    this.child = undefined;
    this.ready = undefined;
    child.kill('SIGKILL');
    for (const entry of this.pending.values()) entry.reject(new StatementCancelledError('the statement was cancelled: its SQLite process was stopped'));
    this.pending.clear();
  }

  async close(): Promise<void> {
    const child = this.child;
    if (child === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.ref();
    child.disconnect();
    await exited;
  }
}

function sqliteError(reply: Extract<SqliteReply, { error: unknown }>): DatabaseError {
  const { message, code } = reply.error;
  // SQLite has no SQLState; a constraint violation gets the standard class 23000 (integrity constraint violation).
  const sqlState = code?.startsWith('SQLITE_CONSTRAINT') ? '23000' : null;
  return new DatabaseError(code === null ? message : `[${code}] ${message}`, sqlState);
}

function firstLine(text: string): string | undefined {
  const line = text.split('\n').find((l) => /Error/.test(l));
  return line?.trim();
}

/** An SQLite database file (or `:memory:`), served by a process of its own. */
export class SqliteDriver implements DatabaseDriver {
  readonly dbType = 'SQLITE';
  readonly description: string;
  private readonly process: SqliteProcess;

  constructor(path: string, readonly: boolean) {
    this.description = `SQLite ${path}${readonly ? ' (read-only)' : ''}`;
    this.process = new SqliteProcess({ path, readonly, busyTimeoutMs: BUSY_TIMEOUT_MS });
  }

  query(sql: string, params: readonly SqlParam[], signal: AbortSignal): Promise<QueryResult> {
    return this.process.request({ op: 'query', conn: 0, sql, params }, signal);
  }

  update(sql: string, params: readonly SqlParam[], getKey: boolean, signal: AbortSignal): Promise<UpdateResult> {
    return this.process.request({ op: 'update', conn: 0, sql, params, getKey }, signal);
  }

  async beginTransaction(isolationLevel: IsolationLevel): Promise<Transaction> {
    const { conn } = await this.process.request<{ conn: number }>({ op: 'begin', serializable: isolationLevel === ISOLATION_LEVELS.SERIALIZABLE });
    const generation = this.process.generation;
    const process = this.process;
    const live = (): void => {
      if (process.generation !== generation) throw new DatabaseError('the transaction is closed: its statement was cancelled and the database rolled it back');
    };
    return {
      query: async (sql, params, signal) => { live(); return process.request({ op: 'query', conn, sql, params }, signal); },
      update: async (sql, params, getKey, signal) => { live(); return process.request({ op: 'update', conn, sql, params, getKey }, signal); },
      commit: async () => { live(); await process.request({ op: 'commit', conn }); },
      rollback: async () => { live(); await process.request({ op: 'rollback', conn }); },
      close: async () => { if (process.generation === generation) await process.request({ op: 'close', conn }); },
    };
  }

  close(): Promise<void> {
    return this.process.close();
  }
}
