/**
 * Walks SQL text the way a database's lexer splits it into code and non-code (string literals, quoted
 * identifiers, comments, PostgreSQL dollar-quoted strings), so placeholders are found only in code.
 * Nothing here ever puts a value into SQL: it only renumbers or renames placeholders.
 */

/** Calls `visit` with each stretch of code (between literals and comments); returns the text with each stretch replaced. */
function mapCode(sql: string, visit: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  const flush = (): void => { out += visit(code); code = ''; };
  while (i < sql.length) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    let end = -1;
    if (c === "'" || c === '"' || c === '`') end = closingQuote(sql, i, c);
    else if (c === '-' && next === '-') end = lineEnd(sql, i);
    else if (c === '/' && next === '*') end = blockCommentEnd(sql, i);
    else if (c === '$') end = dollarQuoteEnd(sql, i);
    if (end > i) {
      flush();
      out += sql.slice(i, end);
      i = end;
    } else {
      code += c;
      i++;
    }
  }
  flush();
  return out;
}

function closingQuote(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) { i += 2; continue; }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

function lineEnd(sql: string, start: number): number {
  const newline = sql.indexOf('\n', start);
  return newline < 0 ? sql.length : newline + 1;
}

function blockCommentEnd(sql: string, start: number): number {
  const close = sql.indexOf('*/', start + 2);
  return close < 0 ? sql.length : close + 2;
}

/** `$tag$ ... $tag$` (PostgreSQL); -1 when the `$` starts no dollar quote (e.g. `$1`). */
function dollarQuoteEnd(sql: string, start: number): number {
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(start));
  if (tag === null) return -1;
  const close = sql.indexOf(tag[0], start + tag[0].length);
  return close < 0 ? sql.length : close + tag[0].length;
}

/** How many `?` placeholders the SQL has (outside literals and comments). */
export function countQuestionMarks(sql: string): number {
  let count = 0;
  mapCode(sql, (code) => { count += code.split('?').length - 1; return code; });
  return count;
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`... */
export function questionMarksToNumbered(sql: string): string {
  let n = 0;
  return mapCode(sql, (code) => code.replace(/\?/g, () => `$${++n}`));
}

/**
 * A named query's `:name` parameters as `?` placeholders, and the parameter name of each in order
 * (`::` casts and names not in `known` are left alone).
 */
export function namedToQuestionMarks(sql: string, known: ReadonlySet<string>): { sql: string; order: string[] } {
  const order: string[] = [];
  const text = mapCode(sql, (code) => code.replace(/(::)|:([A-Za-z_][A-Za-z0-9_]*)/g, (match, cast: string | undefined, name: string | undefined) => {
    if (cast !== undefined || name === undefined || !known.has(name)) return match;
    order.push(name);
    return '?';
  }));
  return { sql: text, order };
}

/** The first keyword of a statement, upper-cased (comments and parentheses skipped): SELECT, INSERT, WITH... */
export function leadingKeyword(sql: string): string {
  const code = mapCode(sql, (c) => c).replace(/--[^\n]*\n?|\/\*[\s\S]*?\*\//g, ' ');
  const match = /^[\s(]*([A-Za-z]+)/.exec(code);
  return match?.[1]?.toUpperCase() ?? '';
}

/**
 * What in an SQLite statement would reach a file other than the connection's own: ATTACH (opens or creates any
 * file), VACUUM INTO (writes a copy anywhere), PRAGMA *_directory. Scripts reach only the databases given with
 * --db, so these are refused; returns the offending words, or null.
 */
export function sqliteFileAccess(sql: string): string | null {
  // Only the code, so a comment cannot split the words apart.
  const match = /\bATTACH\b|\bVACUUM\b[\s\S]*\bINTO\b|\bPRAGMA\s+(?:\w+\s*\.\s*)?\w*_directory\b/i.exec(codeOnly(sql));
  return match === null ? null : match[0].replace(/\s+/g, ' ').toUpperCase();
}

/** The code of a statement, each literal and comment replaced by a space. */
function codeOnly(sql: string): string {
  const parts: string[] = [];
  mapCode(sql, (code) => { parts.push(code); return code; });
  return parts.join(' ');
}

/**
 * What in a statement would turn a read-only connection (--db-readonly) writable again: PostgreSQL's
 * `SET ... READ WRITE`, `default_transaction_read_only`, `RESET`, `set_config`, `SET ROLE`, `DO` blocks (whose
 * body is a literal this cannot look into); SQLite's
 * `PRAGMA query_only`. Returns the offending words, or null.
 */
export function readonlyEscape(sql: string): string | null {
  const match = /\bREAD\s+WRITE\b|\b(?:default_)?transaction_read_only\b|\bRESET\b|\bset_config\b|\bSET\s+ROLE\b|\bSESSION\s+AUTHORIZATION\b|^\s*DO\b|;\s*DO\b|\bPRAGMA\s+(?:\w+\s*\.\s*)?query_only\b/i.exec(codeOnly(sql));
  return match === null ? null : match[0].replace(/\s+/g, ' ').toUpperCase();
}
