/**
 * Per-document settings written inside the document:
 *   Markdown front-matter:   ---\nsessions: fixtures/demo.json\ndoctest-defaults: +ELLIPSIS\nignition-version: 8.1\n---
 *   or a comment line anywhere:  `# doctest-sessions: PATH`, `<!-- doctest-sessions: PATH -->`, `.. doctest-sessions: PATH`
 *   (likewise `doctest-defaults: +FLAGS`, `doctest-ignition-version: 8.1` and `doctest-db: [NAME=]sqlite::memory:`,
 *   repeatable: a fresh in-memory SQLite database for system.db; real databases come only from `--db`).
 * Paths are resolved relative to the document's folder.
 */
import path from 'node:path';
import type { DocumentProblem } from './example.js';
import type { IgnitionVersion } from './runner-types.js';

export interface DocumentOptions {
  /** Absolute path, or null when the document does not name one. */
  readonly sessionsFile: string | null;
  /** Directive text for the document's default flags, with the line it came from. */
  readonly defaults: ReadonlyArray<{ readonly text: string; readonly line: number }>;
  readonly ignitionVersion: IgnitionVersion | null;
  /** `--db` values the document asks for: in-memory SQLite only, fresh for the document. */
  readonly databases: readonly string[];
  /** Lines (1-based) of the front-matter block, so extractors can skip them; 0 when there is none. */
  readonly frontMatterEndLine: number;
  readonly problems: readonly DocumentProblem[];
}

const COMMENT_OPTION = /^\s*(?:<!--|#|\.\.)\s*doctest-(sessions|defaults|ignition-version|db):\s*(.*?)\s*(?:-->)?\s*$/;
const FRONT_MATTER_KEY = /^(sessions|doctest-sessions|doctest-defaults|defaults|ignition-version|doctest-ignition-version|doctest-db)\s*:\s*(.*?)\s*$/;

export function readDocumentOptions(docPath: string, lines: readonly string[], allowFrontMatter: boolean): DocumentOptions {
  let sessions: string | null = null;
  let version: IgnitionVersion | null = null;
  const defaults: Array<{ text: string; line: number }> = [];
  const databases: string[] = [];
  const problems: DocumentProblem[] = [];
  let frontMatterEndLine = 0;

  const take = (key: string, rawValue: string, line: number): void => {
    const value = unquote(rawValue);
    if (key === 'sessions') {
      sessions = path.resolve(path.dirname(docPath), value);
    } else if (key === 'db') {
      if (/^([A-Za-z_][A-Za-z0-9_ .-]*=)?sqlite::memory:$/.test(value)) databases.push(value);
      else problems.push({ line, message: `doctest-db must be an in-memory SQLite database ([NAME=]sqlite::memory:), got '${value}'; give real databases with --db` });
    } else if (key === 'defaults') {
      defaults.push({ text: value, line });
    } else if (value === '8.0' || value === '8.1') {
      version = value;
    } else {
      problems.push({ line, message: `ignition-version must be 8.0 or 8.1, got '${value}'` });
    }
  };

  if (allowFrontMatter && lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) {
      frontMatterEndLine = end + 1;
      for (let i = 1; i < end; i++) {
        const m = FRONT_MATTER_KEY.exec(lines[i] ?? '');
        if (m) take((m[1] ?? '').replace(/^doctest-/, ''), m[2] ?? '', i + 1);
      }
    }
  }
  lines.forEach((l, i) => {
    if (i < frontMatterEndLine) return;
    const m = COMMENT_OPTION.exec(l);
    if (m) take(m[1] ?? '', m[2] ?? '', i + 1);
  });
  return { sessionsFile: sessions, defaults, ignitionVersion: version, databases, frontMatterEndLine, problems };
}

function unquote(value: string): string {
  const m = /^(['"])(.*)\1$/.exec(value);
  return m ? (m[2] ?? '') : value;
}

/** True when the line only carries a document option (so extractors do not mistake it for code). */
export function isDocumentOptionLine(line: string): boolean {
  return COMMENT_OPTION.test(line);
}
