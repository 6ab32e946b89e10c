import { describe, expect, it } from 'vitest';
import { countQuestionMarks, leadingKeyword, readonlyEscape, sqliteFileAccess, namedToQuestionMarks, questionMarksToNumbered } from '../../../bindings/db/sql-text.js';

describe('placeholders are found only in SQL code, never in literals, quoted names or comments', () => {
  it('numbers ? as $1, $2 for PostgreSQL', () => {
    expect(questionMarksToNumbered("SELECT * FROM t WHERE a = ? AND b = '?' AND \"c?\" = ? -- ?\n/* ? */ AND d = $x$?$x$ OR e = ?"))
      .toBe("SELECT * FROM t WHERE a = $1 AND b = '?' AND \"c?\" = $2 -- ?\n/* ? */ AND d = $x$?$x$ OR e = $3");
    expect(countQuestionMarks("VALUES (?, 'it''s ?', ?)")).toBe(2);
  });

  it('turns a named query\'s :name into ? in order, leaving :: casts and unknown names', () => {
    expect(namedToQuestionMarks("SELECT :a::text, ':a', :b, :a, :other", new Set(['a', 'b'])))
      .toEqual({ sql: "SELECT ?::text, ':a', ?, ?, :other", order: ['a', 'b', 'a'] });
  });

  it('names the statement\'s first keyword past comments and parentheses', () => {
    expect(leadingKeyword('-- note\n/* x */ (insert into t values (1))')).toBe('INSERT');
  });
});

describe('SQLite statements that would reach another file are recognised', () => {
  it('ATTACH, VACUUM INTO and PRAGMA *_directory, whatever the comments and case; the words inside literals are harmless', () => {
    expect(sqliteFileAccess("attach database '/tmp/x.db' as x")).toBe('ATTACH');
    expect(sqliteFileAccess("SELECT '--'; ATTACH '/tmp/x.db' AS x")).toBe('ATTACH');
    expect(sqliteFileAccess("VACUUM /* copy */ main INTO '/tmp/copy.db'")).toBe('VACUUM MAIN INTO');
    expect(sqliteFileAccess("PRAGMA temp_store_directory = '/tmp'")).toBe('PRAGMA TEMP_STORE_DIRECTORY');
    expect(sqliteFileAccess("SELECT 'ATTACH' AS \"attach\" -- attach\n")).toBeNull();
    expect(sqliteFileAccess('VACUUM')).toBeNull();
  });
});

describe('statements that would make a read-only connection writable are recognised (--db-readonly)', () => {
  it('finds READ WRITE, default_transaction_read_only, RESET, set_config, SET ROLE, DO blocks, PRAGMA query_only; not the words in literals', () => {
    expect(readonlyEscape('SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE')).toBe('READ WRITE');
    expect(readonlyEscape('begin read  write')).toBe('READ WRITE');
    expect(readonlyEscape('SET default_transaction_read_only = off')).toBe('DEFAULT_TRANSACTION_READ_ONLY');
    expect(readonlyEscape("SELECT set_config('x', 'y', false)")).toBe('SET_CONFIG');
    expect(readonlyEscape('RESET ALL')).toBe('RESET');
    expect(readonlyEscape("DO $$ BEGIN EXECUTE 'SET default_transaction_read_only = off'; END $$")).toBe('DO');
    expect(readonlyEscape('PRAGMA main.query_only = 0')).toBe('PRAGMA MAIN.QUERY_ONLY');
    expect(readonlyEscape("SELECT 'read write', \"reset\" FROM t WHERE done = 1")).toBeNull();
  });
});
