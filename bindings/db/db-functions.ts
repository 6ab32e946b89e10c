import { z } from 'zod';
import type { HostFunction, PyValue } from '../../runtime/index.js';
import { defineFunction } from '../declare.js';
import type { EffectLog, JsonObject, JsonValue } from '../effects/effect-log.js';
import type { DatabaseConnections } from './connection-registry.js';
import { DatabaseError, ISOLATION_LEVELS, StatementCancelledError, type Cell, type IsolationLevel, type QueryResult, type StatementRunner, type UpdateResult } from './driver.js';
import type { NamedQuery } from './named-query.js';
import { bindNamedQuery, encodedValueSchema, toSqlParam } from './params.js';
import type { Transactions } from './transactions.js';

export interface DbFunctionsContext {
  readonly connections: DatabaseConnections;
  readonly transactions: Transactions;
  readonly namedQueries: readonly NamedQuery[];
  readonly projectName: string;
  readonly effects: EffectLog;
}

const text = (expected = 'a string') => ({ schema: z.string(), expected });
const optionalText = { schema: z.string().nullable(), default: null, expected: 'a string or None' };
const encodedList = { schema: z.array(encodedValueSchema), expected: 'a list of encoded values' };
const called = { schema: z.record(z.string(), z.json()), expected: 'a dict of the call\'s arguments' };
const flag = { schema: z.boolean(), default: false, expected: 'a bool' };

/** A failure as the guest turns it into a Java exception (bindings/db/db-python.ts, `_raise`). */
function failure(err: unknown, connections: DatabaseConnections): PyValue {
  if (!(err instanceof DatabaseError)) throw err;
  return {
    error: {
      message: connections.redact(err.message),
      sqlState: err.sqlState,
      vendorCode: err.vendorCode,
      cancelled: err instanceof StatementCancelledError,
    },
  };
}

function cellValue(cell: Cell): PyValue {
  return cell === null || typeof cell !== 'object' ? cell : { ...cell };
}

function resultValue(result: QueryResult): PyValue {
  return {
    columns: result.columns.map((c) => ({ name: c.name, dbType: c.dbType, javaType: c.javaType })),
    rows: result.rows.map((row) => row.map(cellValue)),
  };
}

function updateValue(result: UpdateResult): PyValue {
  return { rowsAffected: result.rowsAffected, key: cellValue(result.key) };
}

/** The statement runner for a call: the transaction's connection when `tx` names one, else the database's. */
function runnerFor(ctx: DbFunctionsContext, database: string | null, tx: string | null): { runner: StatementRunner; database: string } {
  if (tx !== null && tx !== '') {
    const open = ctx.transactions.use(tx);
    return { runner: open.tx, database: open.database };
  }
  const { spec, driver } = ctx.connections.get(database);
  return { runner: driver, database: spec.name };
}

/** The call's arguments as JSON: Python floats, longs and tuples arrive tagged (see runtime/py-values.ts). */
function plainJson(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(plainJson);
  if (value === null || typeof value !== 'object') return value;
  const tag = value['$py'];
  if (tag === 'float' && typeof value['value'] === 'number') return value['value'];
  if (tag === 'long' && typeof value['value'] === 'string') return Number.isSafeInteger(Number(value['value'])) ? Number(value['value']) : value['value'];
  if (tag === 'tuple' && Array.isArray(value['items'])) return value['items'].map(plainJson);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainJson(v)]));
}

function record(ctx: DbFunctionsContext, fn: string, args: JsonObject, database: string, result: UpdateResult): void {
  const key: JsonValue = result.key === null || typeof result.key !== 'object' ? result.key : JSON.parse(JSON.stringify(result.key)) as JsonValue;
  ctx.effects.record({ function: fn, args: plainJson(args) as JsonObject, targets: [{ database }], result: { rowsAffected: result.rowsAffected, key } });
}

/**
 * The host half of system.db: private functions the Python half (db-python.ts) calls with arguments it has
 * checked and encoded. Each answers `{ok}` or `{error}`; a database's error becomes a Java exception in Python.
 */
export function dbHostFunctions(ctx: DbFunctionsContext): Record<string, HostFunction> {
  const { connections } = ctx;
  return {
    _query: defineFunction({
      name: '_query',
      doc: 'Runs a query; used by system.db.runQuery, runPrepQuery and the scalar functions.',
      params: { sql: text(), params: encodedList, database: optionalText, tx: optionalText },
      async impl({ sql, params, database, tx }, { signal }) {
        try {
          const { runner } = runnerFor(ctx, database, tx);
          return { ok: resultValue(await runner.query(sql, params.map(toSqlParam), signal)) };
        } catch (err) {
          return failure(err, connections);
        }
      },
    }),
    _update: defineFunction({
      name: '_update',
      doc: 'Runs an update; used by system.db.runUpdateQuery and runPrepUpdate.',
      params: { function: text(), sql: text(), params: encodedList, database: optionalText, tx: optionalText, getKey: flag, called },
      async impl({ function: fn, sql, params, database, tx, getKey, called: args }, { signal }) {
        try {
          const target = runnerFor(ctx, database, tx);
          const result = await target.runner.update(sql, params.map(toSqlParam), getKey, signal);
          record(ctx, fn, args as JsonObject, target.database, result);
          return { ok: updateValue(result) };
        } catch (err) {
          return failure(err, connections);
        }
      },
    }),
    _named: defineFunction({
      name: '_named',
      doc: 'Runs a named query of the project; used by system.db.runNamedQuery.',
      params: { path: text(), params: { schema: z.record(z.string(), encodedValueSchema), expected: 'a dict of encoded values' }, tx: optionalText, getKey: flag, called },
      async impl({ path, params, tx, getKey, called: args }, { signal }) {
        try {
          const query = ctx.namedQueries.find((q) => q.path === path.replace(/^\/+|\/+$/g, ''));
          if (query === undefined) {
            throw new DatabaseError(ctx.namedQueries.length === 0
              ? `Named query "${path}" not found: the project has no named queries (give the project with --project DIR)`
              : `Named query "${path}" not found in project "${ctx.projectName}".`);
          }
          if (!query.enabled) throw new DatabaseError(`Named query "${path}" is disabled.`);
          const bound = bindNamedQuery(query, params);
          const target = runnerFor(ctx, query.database === '' ? null : query.database, tx);
          if (query.type === 'UpdateQuery') {
            const result = await target.runner.update(bound.sql, bound.params, getKey, signal);
            record(ctx, 'system.db.runNamedQuery', args as JsonObject, target.database, result);
            return { ok: { type: query.type, update: updateValue(result) } };
          }
          return { ok: { type: query.type, result: resultValue(await target.runner.query(bound.sql, bound.params, signal)) } };
        } catch (err) {
          return failure(err, connections);
        }
      },
    }),
    _begin: defineFunction({
      name: '_begin',
      doc: 'Opens a transaction; used by system.db.beginTransaction.',
      params: {
        database: optionalText,
        isolationLevel: { schema: z.union(Object.values(ISOLATION_LEVELS).map((l) => z.literal(l))), expected: 'one of the system.db isolation constants' },
        timeout: { schema: z.number().int().positive(), expected: 'a positive number of milliseconds' },
      },
      async impl({ database, isolationLevel, timeout }) {
        try {
          const { spec, driver } = connections.get(database);
          const tx = await driver.beginTransaction(isolationLevel as IsolationLevel);
          return { ok: ctx.transactions.add(spec.name, tx, timeout) };
        } catch (err) {
          return failure(err, connections);
        }
      },
    }),
    _end: defineFunction({
      name: '_end',
      doc: 'Commits, rolls back or closes a transaction.',
      params: { tx: text(), action: { schema: z.enum(['commit', 'rollback', 'close']), expected: "'commit', 'rollback' or 'close'" } },
      async impl({ tx, action }) {
        try {
          if (action === 'close') {
            await ctx.transactions.close(tx);
            return { ok: null };
          }
          const open = ctx.transactions.use(tx);
          await (action === 'commit' ? open.tx.commit() : open.tx.rollback());
          return { ok: null };
        } catch (err) {
          return failure(err, connections);
        }
      },
    }),
    _info: defineFunction({
      name: '_info',
      doc: 'Describes a connection; used by system.db.getConnectionInfo.',
      params: { name: optionalText },
      impl({ name }) {
        const spec = connections.find(name);
        if (spec === undefined) return { ok: null };
        const { driver } = connections.get(spec.name);
        return { ok: { name: spec.name, description: driver.description, dbType: driver.dbType, readonly: connections.readonly } };
      },
    }),
  };
}
