import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EffectLog } from '../../../bindings/index.js';
import { REPO_ROOT, SMALL_FIXTURE, py, run } from '../../helpers.js';
import { ENGINES, removeSqliteFiles, uniqueTable } from './engines.js';

afterAll(removeSqliteFiles);

const DEMO_PROJECT = join(REPO_ROOT, 'examples/project/SessionAudit');

// The same suite on both engines: real databases, never a mock.
describe.each(ENGINES)('system.db on $name', (engine) => {
  const suite = engine.available ? it : it.skip;

  suite('writes one audit row per session from getSessionInfo and reads them back, with generated keys', async () => {
    const db = engine.url();
    const table = uniqueTable('audit');
    const result = await run(py`
      system.db.runUpdateQuery("CREATE TABLE ${table} (id ${engine.serialKey}, session_id VARCHAR(64), username VARCHAR(255), project VARCHAR(255), uptime BIGINT)")
      keys = []
      for s in system.perspective.getSessionInfo():
          keys.append(system.db.runPrepUpdate("INSERT INTO ${table} (session_id, username, project, uptime) VALUES (?, ?, ?, ?)",
                                              [s.id, s.username, s.project, s.uptime], getKey=True))
      print keys
      rows = system.db.runPrepQuery("SELECT session_id, username, uptime FROM ${table} WHERE username = ? ORDER BY id", ["billy"])
      print len(rows), [(r["session_id"], r[1], r["uptime"]) for r in rows]
      print system.db.runScalarQuery("SELECT COUNT(*) FROM ${table}") == len(system.perspective.getSessionInfo())
      ds = rows.getUnderlyingDataset()
      print ds.getColumnNames(), [ds.getColumnType(i).getName() for i in range(ds.getColumnCount())]
      print system.db.runUpdateQuery("DELETE FROM ${table} WHERE username <> 'billy'")
      system.db.runUpdateQuery("DROP TABLE ${table}")
    `, { databases: [db] });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe([
      '[1, 2, 3, 4]',
      "2 [(u's1', u'billy', 1000L), (u's3', u'billy', 3000L)]",
      'True',
      '[session_id, username, uptime] [u\'java.lang.String\', u\'java.lang.String\', u\'java.lang.Long\']',
      '2',
      '',
    ].join('\n'));
  });

  suite('transactions: a rollback undoes, a commit keeps, a closed transaction is gone', async () => {
    const table = uniqueTable('tx');
    const result = await run(py`
      import java
      system.db.runUpdateQuery("CREATE TABLE ${table} (n INTEGER)")
      tx = system.db.beginTransaction(timeout=5000)
      system.db.runPrepUpdate("INSERT INTO ${table} VALUES (?)", [1], tx=tx)
      print system.db.runScalarQuery("SELECT COUNT(*) FROM ${table}", tx=tx)
      system.db.rollbackTransaction(tx)
      print system.db.runScalarQuery("SELECT COUNT(*) FROM ${table}", tx=tx)
      system.db.runPrepUpdate("INSERT INTO ${table} VALUES (?)", [2], tx=tx)
      system.db.commitTransaction(tx)
      system.db.runPrepUpdate("INSERT INTO ${table} VALUES (?)", [3], tx=tx)
      system.db.closeTransaction(tx)
      print [r[0] for r in system.db.runQuery("SELECT n FROM ${table}")]
      try:
          system.db.runQuery("SELECT 1", tx=tx)
      except java.lang.Exception, e:
          print 'closed:', e.getMessage() == 'Transaction "%s" is closed or does not exist.' % tx
      system.db.runUpdateQuery("DROP TABLE ${table}")
    `, { databases: [engine.url()] });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1\n0\n[2]\nclosed: True\n');
  });

  suite('runs the named queries of examples/project (examples/session_audit_db.py), the same output as on the other engine', async () => {
    const source = readFileSync(join(REPO_ROOT, 'examples/session_audit_db.py'), 'utf8');
    const result = await run(source, { databases: [engine.url()], project: DEMO_PROJECT, sessionsFile: join(REPO_ROOT, 'examples/sessions.json') });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe([
      '7 sessions audited',
      '2e1c98a8-182e-43ce-84e8-a71d441c2cce MyProject browser 5423000',
      '7b0d5f3e-4c21-4a8e-9d62-0f1e2a3b4c5d MyProject ios 960500',
      'c9a1e7b4-6d3f-4e2a-b8c5-1f0e9d8c7b6a Packaging android 120300',
      '',
    ].join('\n'));
  });

  suite('a named query with a missing or wrongly typed parameter fails with a Java exception', async () => {
    const result = await run(py`
      import java
      system.db.runUpdateQuery("CREATE TABLE IF NOT EXISTS session_audit (session_id VARCHAR(64) PRIMARY KEY, username VARCHAR(255) NOT NULL, project VARCHAR(255), scope VARCHAR(32), uptime_ms BIGINT, audited_at TIMESTAMP)")
      for path, params in [("Audit/ByUser", {"username": 5}), ("Audit/ByUser", {}), ("Audit/Nope", {}),
                           ("Audit/Insert", {"sessionId": "x", "username": "u", "project": "p", "scope": "s", "uptime": "soon", "auditedAt": None})]:
          try:
              rows = system.db.runNamedQuery(path, params).getRowCount()
              print 'ran, rows:', rows
          except Exception, e:
              print 'Python exception', e
          except java.lang.Exception, e:
              print e.getMessage()
    `, { databases: [engine.url()], project: DEMO_PROJECT });
    expect(result.stderr).toBe('');
    // An int given to a String parameter is coerced to text, as a gateway does.
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'ran, rows: 0',
      'Named query "Audit/ByUser": missing value for parameter "username"',
      'Named query "Audit/Nope" not found in project "SessionAudit".',
      'Named query "Audit/Insert": parameter "uptime" is Int8 and cannot take "soon"',
    ]);
  });

  suite('a constraint violation is a Java exception: `except Exception` misses it, `except java.lang.Exception` catches it with the database\'s text', async () => {
    const table = uniqueTable('uniq');
    const result = await run(py`
      import java
      system.db.runUpdateQuery("CREATE TABLE ${table} (id INTEGER PRIMARY KEY)")
      system.db.runPrepUpdate("INSERT INTO ${table} VALUES (?)", [1])
      try:
          try:
              system.db.runPrepUpdate("INSERT INTO ${table} VALUES (?)", [1])
          except Exception, e:
              print 'caught by except Exception'
      except java.lang.Exception, e:
          print isinstance(e, java.lang.Exception), type(e).__name__
          print e.getMessage()
          print e.getCause().getClass().getName(), e.getCause().getSQLState()[:2]
      finally:
          system.db.runUpdateQuery("DROP TABLE ${table}")
    `, { databases: [engine.url()] });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(engine.name === 'SQLite'
      ? /^True GatewayException\n\[SQLITE_CONSTRAINT_PRIMARYKEY\] UNIQUE constraint failed: uniq_\w+\.id\njava\.sql\.SQLException 23\n$/
      : /^True GatewayException\nERROR: duplicate key value violates unique constraint "uniq_\w+"\n {2}Detail: Key \(id\)=\(1\) already exists\.\njava\.sql\.SQLException 23\n$/);
  });

  suite('an uncaught database error ends the script like an uncaught Java exception (exit 1, the database\'s text last)', async () => {
    const result = await run('system.db.runQuery("SELECT * FROM no_such_table_anywhere")', { databases: [engine.url()] });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^com\.inductiveautomation\.ignition\.client\.gateway_interface\.GatewayException: .*no_such_table_anywhere/);
  });

  suite('--db-readonly: the database refuses writes, reads work', async () => {
    const db = engine.url();
    const table = uniqueTable('ro');
    await run(`system.db.runUpdateQuery("CREATE TABLE ${table} (n INTEGER)")\nsystem.db.runUpdateQuery("INSERT INTO ${table} VALUES (7)")`, { databases: [db] });
    const result = await run(py`
      import java
      print system.db.runScalarQuery("SELECT n FROM ${table}")
      escape = "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE" if "${engine.name}" == "PostgreSQL" else "PRAGMA query_only = OFF"
      for sql in [escape, "INSERT INTO ${table} VALUES (8)", "DROP TABLE ${table}"]:
          try:
              system.db.runUpdateQuery(sql)
              print 'written'
          except java.lang.Exception, e:
              print 'refused'
    `, { databases: [db], databasesReadonly: true });
    await run(`system.db.runUpdateQuery("DROP TABLE ${table}")`, { databases: [db] });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('7\nrefused\nrefused\nrefused\n');
  });

  suite('a query running past --timeout is stopped at the limit (exit 3) and the database is usable at once', async () => {
    const db = engine.url();
    const endless = engine.name === 'SQLite'
      ? 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c'
      : 'SELECT pg_sleep(600)';
    const result = await run(`print system.db.runScalarQuery("${endless}")`, { databases: [db], limits: { timeoutSeconds: 1 } });
    expect(result.exitCode).toBe(3);
    expect(await run('print system.db.runScalarQuery("SELECT 41 + 1")', { databases: [db] })).toMatchObject({ stdout: '42\n', exitCode: 0 });
  });

  suite('values keep their types both ways: None, int, long, float, unicode, bool, Date', async () => {
    const table = uniqueTable('vals');
    const result = await run(py`
      from java.util import Date
      system.db.runUpdateQuery("CREATE TABLE ${table} (i INTEGER, l BIGINT, f DOUBLE PRECISION, t VARCHAR(20), d ${engine.timestampType}, z VARCHAR(5))")
      system.db.runPrepUpdate("INSERT INTO ${table} VALUES (?, ?, ?, ?, ?, ?)", [7, 2L ** 40, 2.0, u'caf\\xe9', Date(1700000000123L), None])
      r = system.db.runQuery("SELECT * FROM ${table}")[0]
      print repr(r['i']), repr(r['l']), repr(r['f']), repr(r['t']), r['d'].getTime(), r['z']
      system.db.runUpdateQuery("DROP TABLE ${table}")
    `, { databases: [engine.url()], timezone: 'Europe/Paris' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe("7 1099511627776L 2.0 u'caf\\xe9' 1700000000123 None\n");
  });

  suite('records each update as an effect: function, arguments, database, rows affected', async () => {
    const effects = new EffectLog();
    const table = uniqueTable('fx');
    await run(py`
      system.db.runUpdateQuery("CREATE TABLE ${table} (n INTEGER)", "main")
      system.db.runPrepUpdate("INSERT INTO ${table} VALUES (?)", [5], "main")
      system.db.runScalarQuery("SELECT COUNT(*) FROM ${table}", "main")
      system.db.runUpdateQuery("DROP TABLE ${table}", "main")
    `, { databases: [{ name: 'main', url: engine.url() }], effects });
    const list = effects.list();
    expect(list.map((e) => e.function)).toEqual(['system.db.runUpdateQuery', 'system.db.runPrepUpdate', 'system.db.runUpdateQuery']);
    expect(list[1]).toMatchObject({
      args: { query: `INSERT INTO ${table} VALUES (?)`, args: [5], database: 'main', tx: '', getKey: false, skipAudit: false },
      targets: [{ database: 'main' }],
      result: { rowsAffected: 1, key: null },
    });
  });
});

describe('system.db connections', () => {
  it('an SQLite script cannot open or write other files: ATTACH and VACUUM INTO are refused, and no file appears', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-attach-'));
    try {
      const result = await run(py`
        import java
        for sql in ["ATTACH DATABASE '${dir}/other.db' AS other", "VACUUM INTO '${dir}/copy.db'"]:
            try:
                system.db.runUpdateQuery(sql)
            except java.lang.Exception, e:
                print e.getMessage()
      `, { databases: ['sqlite::memory:'] });
      expect(result.stdout).toBe('[SQLITE_AUTH] ATTACH is not allowed: scripts reach only the databases given with --db\n'
        + '[SQLITE_AUTH] VACUUM INTO is not allowed: scripts reach only the databases given with --db\n');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });


  it('reaches only the connections given: another name is refused as on a gateway; none at all says how to give one', async () => {
    const result = await run(py`
      import java
      for call in [lambda: system.db.runQuery("SELECT 1", "other"), lambda: system.db.getConnectionInfo("other").getRowCount()]:
          try:
              print call()
          except java.lang.Exception, e:
              print e.getMessage()
    `, { databases: ['main=sqlite::memory:'] });
    expect(result.stdout).toBe('Datasource "other" does not exist in this Gateway.\n0\n');
    const none = await run('import java\ntry:\n    system.db.runQuery("SELECT 1")\nexcept java.lang.Exception, e:\n    print e.getMessage()', { sessionsFile: SMALL_FIXTURE });
    expect(none.stdout).toMatch(/^No database connections are configured: run with --db sqlite:FILE/);
  });

  it('getConnectionInfo describes the default connection with the manual\'s columns', async () => {
    const result = await run(py`
      info = system.db.getConnectionInfo()
      print info.getColumnNames()
      print info.getValueAt(0, "Name"), info.getValueAt(0, "DBType"), info.getValueAt(0, "Status")
    `, { databases: ['audit=sqlite::memory:', 'other=sqlite::memory:'] });
    expect(result.stdout).toBe('[Name, Description, DBType, Status, Problem, ExtStatus, Throughput, ActiveConnections, MaxConnections, ValidationQuery]\naudit SQLITE Valid\n');
  });
});
