/**
 * ACCEPTED.md: the deliberate differences between the sandbox and the Jython goldens, one table row each:
 *
 *   | script | difference | reason |
 *   | 042_example | stdout: "golden text" → "sandbox text" | why this difference is accepted |
 *
 * `difference` is one or more clauses separated by `;`. A clause is `stdout: OLD → NEW` or `exception: OLD → NEW`
 * (`->` works too), where OLD and NEW are JSON string literals (so `\n` and `\u00e9` escapes work; write a literal
 * `|` as `\|` to keep the Markdown table intact). Before comparing, every occurrence of OLD in the golden stdout (or
 * the golden exception line) is replaced by NEW. An OLD that does not occur in the golden is an error (a stale row).
 * Every row must have a non-empty reason.
 */
export type AcceptedTarget = 'stdout' | 'exception';

export interface AcceptedDifference {
  readonly script: string;
  readonly target: AcceptedTarget;
  readonly golden: string;
  readonly sandbox: string;
  readonly reason: string;
}

const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const CLAUSE = new RegExp(String.raw`^\s*(stdout|exception)\s*:\s*(${JSON_STRING})\s*(?:→|->)\s*(${JSON_STRING})\s*$`);

function splitRow(line: string): string[] {
  const cells = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  return cells.map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** Splits a difference cell on `;` outside JSON strings. */
function splitClauses(cell: string): string[] {
  const clauses: string[] = [];
  let current = '';
  let inString = false;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (inString && ch === '\\') { current += ch + (cell[i + 1] ?? ''); i++; continue; }
    if (ch === '"') inString = !inString;
    if (ch === ';' && !inString) { clauses.push(current); current = ''; continue; }
    current += ch;
  }
  if (current.trim() !== '') clauses.push(current);
  return clauses;
}

export function parseAccepted(markdown: string): AcceptedDifference[] {
  const rows: AcceptedDifference[] = [];
  let inTable = false;
  for (const [index, line] of markdown.split('\n').entries()) {
    if (!line.startsWith('|')) { inTable = false; continue; }
    const cells = splitRow(line);
    if (!inTable) {
      if (cells.join('|').toLowerCase() !== 'script|difference|reason') throw new Error(`ACCEPTED.md line ${index + 1}: expected the header | script | difference | reason |`);
      inTable = true;
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    const where = `ACCEPTED.md line ${index + 1}`;
    if (cells.length !== 3) throw new Error(`${where}: expected 3 cells, got ${cells.length}`);
    const [script, difference, reason] = cells as [string, string, string];
    if (!/^\d{3}_\w+$/.test(script)) throw new Error(`${where}: bad script name ${JSON.stringify(script)}`);
    if (reason === '') throw new Error(`${where}: every accepted difference needs a reason`);
    const clauses = splitClauses(difference);
    if (clauses.length === 0) throw new Error(`${where}: empty difference`);
    for (const clause of clauses) {
      const m = CLAUSE.exec(clause);
      if (!m) throw new Error(`${where}: cannot parse difference ${JSON.stringify(clause)} (want: stdout: "old" → "new")`);
      rows.push({ script, target: m[1] as AcceptedTarget, golden: JSON.parse(m[2]!) as string, sandbox: JSON.parse(m[3]!) as string, reason });
    }
  }
  return rows;
}

/** Applies the accepted differences of one script to its golden stdout and exception line. */
export function applyAccepted(
  expected: { readonly stdout: string; readonly exception: string | null },
  differences: readonly AcceptedDifference[],
): { stdout: string; exception: string | null } {
  let { stdout, exception } = expected;
  for (const d of differences) {
    const text = d.target === 'stdout' ? stdout : exception;
    if (text === null || d.golden === '' || !text.includes(d.golden)) {
      throw new Error(`ACCEPTED.md row for ${d.script} is stale: ${d.target} of the golden does not contain ${JSON.stringify(d.golden)}`);
    }
    const replaced = text.split(d.golden).join(d.sandbox);
    if (d.target === 'stdout') stdout = replaced; else exception = replaced;
  }
  return { stdout, exception };
}
