import type { Example } from './example.js';
import type { ExecOutcome } from './runner-types.js';

export type ResultStatus = 'passed' | 'failed' | 'skipped';

export interface FailureDetail {
  readonly reason: string;
  readonly expected: string;
  readonly got: string;
  /** Unified diff of expected against got ('' when there is nothing to diff, e.g. a document error). */
  readonly diff: string;
  readonly stderr: string;
}

/** The outcome of one example, or of one problem in a document (kind 'document-error'). */
export interface ExampleResult {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly kind: 'doctest' | 'smoke' | 'document-error';
  readonly status: ResultStatus;
  readonly durationMs: number;
  readonly failure: FailureDetail | null;
  readonly example: Example | null;
  readonly outcome: ExecOutcome | null;
  /** Set by --update: the golden output recorded for this example. */
  readonly recordedGolden: string | null;
}

export interface Totals {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly smoke: number;
}

export function totals(results: readonly ExampleResult[]): Totals {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let smoke = 0;
  for (const r of results) {
    if (r.status === 'passed') passed++;
    else if (r.status === 'failed') failed++;
    else skipped++;
    if (r.kind === 'smoke' && r.status !== 'skipped') smoke++;
  }
  return { passed, failed, skipped, smoke };
}

/** `N passed, N failed` plus `, N skipped` when some were skipped. */
export function summaryLine(t: Totals): string {
  return `${t.passed} passed, ${t.failed} failed${t.skipped > 0 ? `, ${t.skipped} skipped` : ''}`;
}
