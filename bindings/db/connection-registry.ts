import { checkDatabaseSpecs, redact, resolveDatabase, type DatabaseSpec, type ResolvedDatabase } from './connection-spec.js';
import { DatabaseError, type DatabaseDriver } from './driver.js';
import { PostgresDriver } from './postgres/postgres-driver.js';
import { SqliteDriver } from './sqlite/sqlite-driver.js';
import { Transactions } from './transactions.js';

export interface DatabaseConnectionsOptions {
  /** The connections; the first is the project's default database. */
  readonly databases: readonly DatabaseSpec[];
  /** Open every connection read-only (`--db-readonly`): the database itself refuses writes. */
  readonly readonly?: boolean;
  /** The gateway's time zone (IANA id): PostgreSQL sessions use it. */
  readonly timezone?: string;
  /** No statement runs longer than this in the database (the run's time limit), in ms. */
  readonly statementTimeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

export interface Connection {
  readonly spec: ResolvedDatabase;
  readonly driver: DatabaseDriver;
}

/**
 * The database connections a script may use: exactly those given (`--db`), by name, opened on first use and
 * closed together. Scripts reach no other database.
 */
export class DatabaseConnections {
  private readonly specs: readonly ResolvedDatabase[];
  private readonly drivers = new Map<string, DatabaseDriver>();
  /** The transactions scripts have open on these connections. */
  readonly transactions = new Transactions();
  readonly readonly: boolean;
  /** Everything that must never appear in a message: passwords, URLs from the environment. */
  readonly secrets: readonly string[];

  constructor(private readonly options: DatabaseConnectionsOptions) {
    checkDatabaseSpecs(options.databases);
    this.specs = options.databases.map((spec) => resolveDatabase(spec, options.env, options.cwd));
    this.readonly = options.readonly ?? false;
    this.secrets = this.specs.flatMap((s) => s.secrets);
  }

  /** The default database's name ('' when there is none). */
  get defaultName(): string {
    return this.specs[0]?.name ?? '';
  }

  get names(): readonly string[] {
    return this.specs.map((s) => s.name);
  }

  /** The named connection ('' or null: the default), or undefined when there is none by that name. */
  find(name: string | null): ResolvedDatabase | undefined {
    if (name === null || name === '') return this.specs[0];
    const key = name.toLowerCase();
    return this.specs.find((s) => s.name.toLowerCase() === key);
  }

  /** The connection by name, opened if need be; a DatabaseError in a gateway's words when there is none. */
  get(name: string | null): Connection {
    const spec = this.find(name);
    if (spec === undefined) {
      if (this.specs.length === 0) throw new DatabaseError('No database connections are configured: run with --db sqlite:FILE (or postgresql://...)');
      throw new DatabaseError(`Datasource "${name ?? ''}" does not exist in this Gateway.`);
    }
    let driver = this.drivers.get(spec.name);
    if (driver === undefined) {
      driver = this.open(spec);
      this.drivers.set(spec.name, driver);
    }
    return { spec, driver };
  }

  private open(spec: ResolvedDatabase): DatabaseDriver {
    if (spec.kind === 'sqlite') return new SqliteDriver(spec.path, this.readonly);
    return new PostgresDriver({
      url: spec.url,
      readonly: this.readonly,
      timezone: this.options.timezone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
      statementTimeoutMs: this.options.statementTimeoutMs ?? 0,
      description: `PostgreSQL ${spec.display}${this.readonly ? ' (read-only)' : ''}`,
    });
  }

  /** A message with the credentials taken out. */
  redact(text: string): string {
    return redact(text, this.secrets);
  }

  /** Closes the open transactions (rolled back), then every connection. */
  async close(): Promise<void> {
    await this.transactions.closeAll();
    const drivers = [...this.drivers.values()];
    this.drivers.clear();
    await Promise.allSettled(drivers.map((d) => d.close()));
  }
}
