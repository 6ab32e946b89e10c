import { describe, expect, it } from 'vitest';
import { countQuestionMarks, leadingKeyword, namedToQuestionMarks, questionMarksToNumbered } from '../../../bindings/db/sql-text.js';

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
