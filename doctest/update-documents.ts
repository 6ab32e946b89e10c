/**
 * `--update-docs`: rewrites, in the documents themselves, the expected output of the examples that failed on
 * their output (transcript output after `>>>`, output blocks after code blocks), like inline snapshots. Every
 * other byte of the document is kept: line endings, indentation, prose, passing examples (ELLIPSIS and all).
 * Examples whose run ended in a sandbox error, a limit or sys.exit are left for a person.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseWant, renderGot } from './check-example.js';
import type { Example, WantSpan } from './example.js';
import type { DocumentPlan } from './load-document.js';
import type { ExampleResult } from './results.js';
import type { ExecOutcome } from './runner-types.js';

export interface DocumentUpdate {
  readonly file: string;
  readonly examples: number;
}

interface Rewrite {
  readonly span: WantSpan;
  readonly lines: readonly string[];
}

export async function updateDocuments(docs: readonly DocumentPlan[], results: readonly ExampleResult[]): Promise<DocumentUpdate[]> {
  const updates: DocumentUpdate[] = [];
  for (const doc of docs) {
    const rewrites = results.filter((r) => r.file === doc.file).flatMap((r) => rewriteFor(r));
    if (rewrites.length === 0) continue;
    const text = await readFile(doc.path, 'utf8');
    await writeFile(doc.path, applyRewrites(text, rewrites), 'utf8');
    updates.push({ file: doc.file, examples: rewrites.length });
  }
  return updates;
}

function rewriteFor(r: ExampleResult): Rewrite[] {
  const ex = r.example;
  if (r.status !== 'failed' || ex === null || ex.wantSpan === undefined || r.outcome === null) return [];
  if (ex.wantSource !== 'transcript' && ex.wantSource !== 'output-block') return [];
  if (r.outcome.exception === null && r.outcome.exitCode !== 0) return [];
  return [{ span: ex.wantSpan, lines: expectedLines(ex, r.outcome, ex.wantSpan) }];
}

/** The output as it would be written in the document: the want's traceback stack kept, blank lines marked. */
function expectedLines(ex: Example, outcome: ExecOutcome, span: WantSpan): string[] {
  const stack = parseWant(ex.want ?? '').traceback?.stack ?? [];
  const got = renderGot(outcome, stack);
  if (got === '') return [];
  return got.replace(/\n$/, '').split('\n').map((line) => {
    if (line === '') return span.style === 'transcript' ? `${span.indent}<BLANKLINE>` : '';
    return span.indent + line;
  });
}

/** Replaces each span's lines, bottom-up so earlier spans keep their indexes; the rest is kept byte for byte. */
export function applyRewrites(text: string, rewrites: readonly Rewrite[]): string {
  // Lines with their own terminators ('\n' or '\r\n'), so untouched lines are written back exactly.
  const parts = text.split(/(?<=\n)/);
  if (parts[parts.length - 1] === '') parts.pop();
  for (const { span, lines } of [...rewrites].sort((a, b) => b.span.start - a.span.start)) {
    const eol = /\r\n$/.test(parts[Math.max(0, span.start - 1)] ?? '') ? '\r\n' : '\n';
    const lastReplaced = parts[span.end - 1];
    const keepsNoTerminator = span.end > span.start && span.end === parts.length && lastReplaced !== undefined && !lastReplaced.endsWith('\n');
    const replacement = lines.map((line, k) => (keepsNoTerminator && k === lines.length - 1 ? line : line + eol));
    // Inserting after a last line that has no terminator: give it one first.
    if (span.start === parts.length && span.start > 0 && !(parts[span.start - 1] as string).endsWith('\n') && replacement.length > 0) {
      parts[span.start - 1] += eol;
    }
    parts.splice(span.start, span.end - span.start, ...replacement);
  }
  return parts.join('');
}
