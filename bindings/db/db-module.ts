import type { HostModule } from '../../runtime/index.js';
import { defineModule } from '../declare.js';
import type { EffectLog } from '../effects/effect-log.js';
import type { DatabaseConnections } from './connection-registry.js';
import { dbHostFunctions } from './db-functions.js';
import { DB_PYTHON } from './db-python.js';
import type { NamedQuery } from './named-query.js';

export interface DbModuleOptions {
  /** The connections scripts may use; none: every call fails as a gateway without a database would. */
  readonly connections: DatabaseConnections;
  readonly namedQueries: readonly NamedQuery[];
  readonly projectName: string;
  readonly effects: EffectLog;
}

/** What a transaction not used for this long does by default (beginTransaction's timeout), in ms. */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 60_000;

const EXPORTS = [
  'runQuery', 'runPrepQuery', 'runPrepUpdate', 'runScalarQuery', 'runScalarPrepQuery', 'runUpdateQuery', 'runNamedQuery',
  'beginTransaction', 'commitTransaction', 'rollbackTransaction', 'closeTransaction', 'getConnectionInfo',
  'READ_UNCOMMITTED', 'READ_COMMITTED', 'REPEATABLE_READ', 'SERIALIZABLE',
] as const;

/** system.db over the given connections (their owner closes them, with the transactions scripts left open). */
export function dbModule(options: DbModuleOptions): HostModule {
  return {
    ...defineModule('Database scripting functions: queries, updates, named queries and transactions on the connections given with --db.', dbHostFunctions({ ...options, transactions: options.connections.transactions })),
    python: {
      source: DB_PYTHON,
      filename: '<system.db>',
      exports: Object.fromEntries(EXPORTS.map((name) => [name, name])),
      constants: { _DEFAULT_TX_TIMEOUT: DEFAULT_TRANSACTION_TIMEOUT_MS },
    },
  };
}
