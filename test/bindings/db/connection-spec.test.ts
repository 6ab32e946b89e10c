import { describe, expect, it } from 'vitest';
import { checkDatabaseSpecs, DatabaseSpecError, parseDatabaseOption, redact, resolveDatabase } from '../../../bindings/db/connection-spec.js';
import { run } from '../../helpers.js';
import { afterAll } from 'vitest';
import { ENGINES, TEST_PG_URL, removeSqliteFiles } from './engines.js';

afterAll(removeSqliteFiles);

const pgAvailable = ENGINES.find((e) => e.name === 'PostgreSQL')?.available ?? false;

describe('--db values', () => {
  it('NAME=URL names a connection; a bare URL is "default"; a = after the scheme belongs to the URL', () => {
    expect(parseDatabaseOption('audit=sqlite:audit.db')).toEqual({ name: 'audit', url: 'sqlite:audit.db' });
    expect(parseDatabaseOption('sqlite:a=b.db')).toEqual({ name: 'default', url: 'sqlite:a=b.db' });
    expect(parseDatabaseOption('Main DB=postgresql://u@h/d')).toEqual({ name: 'Main DB', url: 'postgresql://u@h/d' });
    expect(() => checkDatabaseSpecs([parseDatabaseOption('sqlite:a.db'), parseDatabaseOption('sqlite:b.db')])).toThrow(/given twice/);
  });

  it('resolves sqlite paths from the working folder and reads env:VAR from the environment', () => {
    expect(resolveDatabase({ name: 'a', url: 'sqlite:x/audit.db' }, {}, '/work')).toMatchObject({ kind: 'sqlite', path: '/work/x/audit.db' });
    expect(resolveDatabase({ name: 'a', url: 'sqlite::memory:' }, {}, '/work')).toMatchObject({ kind: 'sqlite', path: ':memory:' });
    const fromEnv = resolveDatabase({ name: 'pg', url: 'env:AUDIT_DB' }, { AUDIT_DB: 'postgresql://u:s3cr3t-pw@db.example/audit' });
    expect(fromEnv).toMatchObject({ kind: 'postgresql', display: 'env:AUDIT_DB' });
    expect(() => resolveDatabase({ name: 'pg', url: 'env:MISSING_VAR' }, {})).toThrow(/MISSING_VAR is not set/);
    expect(() => resolveDatabase({ name: 'x', url: 'mysql://u@h/d' }, {})).toThrow(DatabaseSpecError);
  });

  it('never shows a password: not in the display, and redact() takes passwords, PGPASSWORD and env URLs out of any text', () => {
    const spec = resolveDatabase({ name: 'pg', url: 'postgresql://user:p%40ss-w0rd-xyz@db.example:5432/audit' }, { PGPASSWORD: 'pgpass-from-env' });
    expect(spec.display).toBe('postgresql://user:***@db.example:5432/audit');
    const text = 'failed for postgresql://user:p%40ss-w0rd-xyz@db.example:5432/audit with p@ss-w0rd-xyz and pgpass-from-env';
    const cleaned = redact(text, spec.secrets);
    expect(cleaned).not.toMatch(/w0rd|pgpass-from-env/);
    expect(cleaned).toBe('failed for *** with *** and ***');
  });
});

describe('credentials never reach a script\'s output or errors', () => {
  it('a refused or unreachable PostgreSQL connection names neither the password of the URL nor the one in the environment', async () => {
    const secret = 'never-show-this-pw-4711';
    // Port 9 (discard) on localhost refuses at once: a real connection failure, with the URL in play.
    const url = `postgresql://someone:${secret}@127.0.0.1:9/nowhere`;
    const result = await run(`import java\ntry:\n    system.db.runQuery("SELECT 1")\nexcept java.lang.Exception, e:\n    print e.getMessage()\nprint system.db.getConnectionInfo().getValueAt(0, "Description")\nsystem.db.runQuery("SELECT 1")`, { databases: [url] });
    const everything = result.stdout + result.stderr;
    expect(result.exitCode).toBe(1);
    expect(everything).not.toContain(secret);
    expect(everything).toContain('someone:***@127.0.0.1:9/nowhere');
    expect(everything).toMatch(/ECONNREFUSED/);
  });

  it.skipIf(!pgAvailable)('a wrong password for the real PostgreSQL test database is refused by the server, and not shown', async () => {
    const url = new URL(TEST_PG_URL ?? '');
    url.password = 'wrong-password-for-the-test-9876';
    const result = await run('system.db.runQuery("SELECT 1")', { databases: [url.toString()] });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/password authentication failed/);
    expect(result.stdout + result.stderr).not.toContain('wrong-password-for-the-test-9876');
  });

  it('--db repeats; the first is the default database', async () => {
    const { cli } = await import('../../scripts/cli.js');
    const result = cli(['run', '--db', 'audit=sqlite::memory:', '--db', 'other=sqlite::memory:', '-c',
      'print system.db.getConnectionInfo().getValueAt(0, "Name"), system.db.getConnectionInfo("other").getValueAt(0, "Name")']);
    expect(result.stdout).toBe('audit other\n');
  });

  it('through the CLI: a write committed by one run is on disk for the next (SQLite file), and PostgreSQL loads when asked', async () => {
    const { cli } = await import('../../scripts/cli.js');
    const db = ENGINES[0]?.url() ?? '';
    expect(cli(['run', '--db', db, '-c', 'system.db.runUpdateQuery("CREATE TABLE t (n INTEGER)")\nprint system.db.runPrepUpdate("INSERT INTO t VALUES (?)", [42])']).stdout).toBe('1\n');
    expect(cli(['run', '--db', db, '-c', 'print system.db.runScalarQuery("SELECT n FROM t")']).stdout).toBe('42\n');
    if (pgAvailable) {
      expect(cli(['run', '--db', TEST_PG_URL ?? '', '-c', 'print system.db.runScalarQuery("SELECT 6 * 7")']).stdout).toBe('42\n');
    }
  });

  it('a bad --db on the command line is reported without the URL\'s password (exit 2)', async () => {
    const { cli } = await import('../../scripts/cli.js');
    const result = cli(['run', '--db', 'x=env:PS_NO_SUCH_VARIABLE', '-c', 'print 1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--db x: the environment variable PS_NO_SUCH_VARIABLE is not set');
    const bad = cli(['run', '--db', 'x=mysql://u:topsecret-pw@h/d', '-c', 'print 1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toContain('topsecret-pw');
  });
});
