/**
 * The contract between system.db and a database engine. A driver runs SQL on a real database; it never builds
 * SQL from values: parameters travel separately, as the engine's prepared-statement parameters.
 */

/** The Java class a dataset column reports, as Ignition's datasets do (getColumnType). */
export const JAVA_TYPES = [
  'java.lang.Boolean', 'java.lang.Short', 'java.lang.Integer', 'java.lang.Long', 'java.lang.Float', 'java.lang.Double',
  'java.math.BigDecimal', 'java.lang.String', 'java.util.Date', '[B', 'java.lang.Object',
] as const;
export type JavaType = (typeof JAVA_TYPES)[number];

/** A value bound to a placeholder. */
export type SqlParam =
  | null | boolean | string
  | { readonly int: number }
  | { readonly long: string }
  | { readonly float: number }
  /** `local`: the same instant as the gateway's wall time with its offset, `2026-01-31 09:30:00.000+0100`. */
  | { readonly date: number; readonly local?: string }
  | { readonly bytes: string };

/** A value read from a result: plain JSON, or tagged where JSON would lose the type. */
export type Cell =
  | null | boolean | number | string
  | { readonly long: string } | { readonly float: number } | { readonly date: number } | { readonly bytes: string }
  /** A date or timestamp without an offset: wall time the guest reads in the gateway's zone. */
  | { readonly localDate: string };

export interface Column {
  readonly name: string;
  /** The type the database reports for the column (its declared type, or the type of its values when it declares none). */
  readonly dbType: string;
  readonly javaType: JavaType;
}

export interface QueryResult {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface UpdateResult {
  readonly rowsAffected: number;
  /** The generated key when asked for (getKey), else null. */
  readonly key: Cell;
}

/** JDBC's isolation levels, as system.db's constants carry them. */
export const ISOLATION_LEVELS = { READ_UNCOMMITTED: 1, READ_COMMITTED: 2, REPEATABLE_READ: 4, SERIALIZABLE: 8 } as const;
export type IsolationLevel = (typeof ISOLATION_LEVELS)[keyof typeof ISOLATION_LEVELS];

/** Something that runs statements: the database's shared connection, or one transaction's own connection. */
export interface StatementRunner {
  /** `sql` uses `?` placeholders; `signal` cancels the statement in the database. */
  query(sql: string, params: readonly SqlParam[], signal: AbortSignal): Promise<QueryResult>;
  update(sql: string, params: readonly SqlParam[], getKey: boolean, signal: AbortSignal): Promise<UpdateResult>;
}

export interface Transaction extends StatementRunner {
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** Rolls back what is uncommitted and gives the connection back. */
  close(): Promise<void>;
}

export interface DatabaseDriver extends StatementRunner {
  /** What getConnectionInfo reports as DBType: SQLITE, POSTGRES. */
  readonly dbType: string;
  /** A human description without credentials, e.g. `SQLite audit.db` or `PostgreSQL pssandbox@127.0.0.1:5432/test`. */
  readonly description: string;
  beginTransaction(isolationLevel: IsolationLevel): Promise<Transaction>;
  close(): Promise<void>;
}

/** A failure the database reported (or a connection failure): its own text, credentials removed. */
export class DatabaseError extends Error {
  constructor(message: string, readonly sqlState: string | null = null, readonly vendorCode = 0) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** A statement stopped by its signal (the run's time limit, an interrupt). */
export class StatementCancelledError extends DatabaseError {
  constructor(message = 'the statement was cancelled') {
    super(message, '57014');
    this.name = 'StatementCancelledError';
  }
}
