import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { StatementCancelledError } from '../../../bindings/db/driver.js';
import { PostgresDriver } from '../../../bindings/db/postgres/postgres-driver.js';
import { SqliteDriver } from '../../../bindings/db/sqlite/sqlite-driver.js';
import { ENGINES, TEST_PG_URL, removeSqliteFiles } from './engines.js';

afterAll(removeSqliteFiles);

const pgAvailable = ENGINES.find((e) => e.name === 'PostgreSQL')?.available ?? false;

/** Aborts once the statement has surely started (the engine is busy with it). */
function abortSoon(): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 300);
  return controller.signal;
}

// The abort is what the interpreter does when a run ends (time limit, interrupt) with a statement still running.
describe('an aborted statement is cancelled in the database, not only abandoned', () => {
  it('SQLite: the statement\'s process is stopped, and the next statement runs on a fresh one', async () => {
    const url = ENGINES[0]?.url() ?? '';
    const driver = new SqliteDriver(url.slice('sqlite:'.length), false);
    try {
      await driver.update('CREATE TABLE t (n INTEGER)', [], false, new AbortController().signal);
      const endless = driver.query('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c', [], abortSoon());
      await expect(endless).rejects.toBeInstanceOf(StatementCancelledError);
      const after = await driver.query('SELECT COUNT(*) AS n FROM t', [], new AbortController().signal);
      expect(after.rows).toEqual([[0]]);
    } finally {
      await driver.close();
    }
  });

  it.skipIf(!pgAvailable)('PostgreSQL: the server cancels it (pg_cancel_backend; no statement_timeout involved) and no backend runs it afterwards', async () => {
    const driver = new PostgresDriver({ url: TEST_PG_URL ?? '', readonly: false, timezone: 'UTC', statementTimeoutMs: 0, description: 'test' });
    const marker = `cancel_marker_${process.pid}`;
    try {
      const sleeping = driver.query(`SELECT pg_sleep(600) AS ${marker}`, [], abortSoon());
      await expect(sleeping).rejects.toThrow(/canceling statement due to user request/);
      const monitor = new pg.Client({ connectionString: TEST_PG_URL });
      await monitor.connect();
      try {
        const active = await monitor.query("SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid()", [`%${marker}%`]);
        expect(active.rows[0]).toEqual({ n: 0 });
      } finally {
        await monitor.end();
      }
    } finally {
      await driver.close();
    }
  });
});
