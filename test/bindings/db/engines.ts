import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runsHere } from '../../needs.js';

/** The PostgreSQL database the tests use (.ci/run creates it): a postgresql:// URL, password included or in PGPASSWORD. */
export const TEST_PG_URL = process.env['PERSPECTIVE_SANDBOX_TEST_PG'];

export interface Engine {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** Whether the suite runs here (PostgreSQL: only with a test database, always under CI=true). */
  readonly available: boolean;
  /** A fresh `--db` URL for one test (SQLite: a new file; PostgreSQL: the test database, tables named per test). */
  url(): string;
  /** The DDL type of an auto-numbered primary key. */
  readonly serialKey: string;
  readonly timestampType: string;
}

const sqliteDirs: string[] = [];

export const ENGINES: readonly Engine[] = [
  {
    name: 'SQLite',
    available: true,
    url() {
      const dir = mkdtempSync(join(tmpdir(), 'ps-db-'));
      sqliteDirs.push(dir);
      return `sqlite:${join(dir, 'test.db')}`;
    },
    serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT',
    timestampType: 'DATETIME',
  },
  {
    name: 'PostgreSQL',
    available: runsHere(TEST_PG_URL !== undefined),
    url() {
      if (TEST_PG_URL === undefined) throw new Error('PERSPECTIVE_SANDBOX_TEST_PG is not set (.ci/run sets it)');
      return TEST_PG_URL;
    },
    serialKey: 'SERIAL PRIMARY KEY',
    timestampType: 'TIMESTAMP',
  },
];

/** A table name no other test uses (the PostgreSQL database is shared by the tests). */
export function uniqueTable(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

export function removeSqliteFiles(): void {
  for (const dir of sqliteDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
