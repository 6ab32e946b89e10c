/**
 * The plain-text report: one line per document, then every failure with its source and a unified diff,
 * then notes, and finally exactly `N passed, N failed` (`, N skipped` when some were skipped).
 */
import type { ExampleResult } from './results.js';
import { summaryLine, totals } from './results.js';
import type { GoldenUpdate } from './update-golden.js';

export interface TextReportOptions {
  /** List every example, not only failures. */
  readonly verbose: boolean;
  readonly goldenUpdates: readonly GoldenUpdate[];
  readonly notes?: readonly string[];
}

const RULE = '='.repeat(70);

export function formatTextReport(results: readonly ExampleResult[], opts: TextReportOptions): string {
  const out: string[] = [];
  for (const [file, rs] of groupByFile(results)) {
    const t = totals(rs);
    const parts = [`${t.passed} passed${t.smoke > 0 ? ` (${t.smoke} smoke)` : ''}`];
    if (t.failed > 0) parts.push(`${t.failed} failed`);
    if (t.skipped > 0) parts.push(`${t.skipped} skipped`);
    out.push(`${t.failed > 0 ? 'FAIL' : 'ok  '} ${file}: ${parts.join(', ')}`);
    if (opts.verbose) for (const r of rs) out.push(`       ${statusWord(r)} ${r.id}${r.kind === 'smoke' ? ' (smoke)' : ''}`);
  }
  for (const r of results) {
    if (r.status !== 'failed' || !r.failure) continue;
    out.push(RULE, `FAIL ${r.id}${r.kind === 'smoke' ? ' (smoke)' : ''}: ${r.failure.reason}`);
    if (r.source !== '') {
      out.push('Source:');
      out.push(...sourceLines(r).map((l) => `    ${l}`));
    }
    if (r.failure.diff !== '') out.push(r.failure.diff.replace(/\n$/, ''));
    else if (r.failure.got !== '') out.push('Got:', ...r.failure.got.replace(/\n$/, '').split('\n').map((l) => `    ${l}`));
    if (r.failure.stderr.trim() !== '') {
      out.push('stderr:', ...r.failure.stderr.replace(/\n$/, '').split('\n').map((l) => `    ${l}`));
    }
  }
  const tail: string[] = [];
  for (const u of opts.goldenUpdates) {
    tail.push(u.action === 'written' ? `golden file written: ${u.goldenPath} (${u.entries} ${u.entries === 1 ? 'entry' : 'entries'})` : `golden file removed: ${u.goldenPath}`);
  }
  for (const r of results) {
    if (r.recordedGolden !== null && r.outcome?.exception) {
      tail.push(`warning: ${r.id} raised ${r.outcome.exception.type}; the exception was recorded as its expected output`);
    }
  }
  const t = totals(results);
  if (t.smoke > 0) {
    tail.push(t.smoke === 1 ? '1 smoke example had no expected output and passed only because it raised nothing'
      : `${t.smoke} smoke examples had no expected output and passed only because they raised nothing`);
  }
  tail.push(...(opts.notes ?? []));
  if (tail.length > 0 || results.some((r) => r.status === 'failed')) out.push(RULE, ...tail);
  out.push(summaryLine(t));
  return out.join('\n') + '\n';
}

function statusWord(r: ExampleResult): string {
  return r.status === 'passed' ? 'pass' : r.status === 'failed' ? 'FAIL' : 'skip';
}

/** Transcript examples are shown with their prompts, as in the document. */
function sourceLines(r: ExampleResult): string[] {
  const lines = r.source.replace(/\n$/, '').split('\n');
  if (r.example?.mode !== 'single') return lines;
  return lines.map((l, i) => `${i === 0 ? '>>>' : '...'}${l === '' ? '' : ' '}${l}`);
}

function groupByFile(results: readonly ExampleResult[]): Map<string, ExampleResult[]> {
  const map = new Map<string, ExampleResult[]>();
  for (const r of results) {
    const list = map.get(r.file);
    if (list) list.push(r);
    else map.set(r.file, [r]);
  }
  return map;
}
