/**
 * Runs the selected examples of one document in order, in one executor (one shared namespace).
 * Unselected examples before the last selected one run too, silently, as setup: a filtered or sharded run sees the
 * same namespace the full run would. Skipped (+SKIP) examples never run.
 */
import { checkExample, renderGot } from './check-example.js';
import type { Example } from './example.js';
import type { DocumentPlan } from './load-document.js';
import type { ExampleResult, FailureDetail } from './results.js';
import type { ExampleExecutor, ExecOutcome, ExecutorFactory } from './runner-types.js';
import { problemId } from './selection.js';
import { unifiedDiff } from './unified-diff.js';

export interface RunDocumentOptions {
  readonly factory: ExecutorFactory;
  readonly selected: ReadonlySet<string>;
  /** --update: examples without inline expectations record their output as golden instead of being checked. */
  readonly update: boolean;
  readonly onResult?: (result: ExampleResult) => void;
}

export async function runDocument(doc: DocumentPlan, opts: RunDocumentOptions): Promise<ExampleResult[]> {
  const results: ExampleResult[] = [];
  const emit = (r: ExampleResult): void => {
    results.push(r);
    opts.onResult?.(r);
  };
  for (const p of doc.problems) {
    const id = problemId(doc.file, p.line);
    if (!opts.selected.has(id)) continue;
    emit({
      id, file: doc.file, line: p.line, source: '', kind: 'document-error', status: 'failed', durationMs: 0,
      failure: { reason: p.message, expected: '', got: '', diff: '', stderr: '' },
      example: null, outcome: null, recordedGolden: null,
    });
  }

  const lastSelected = findLastIndex(doc.examples, (ex) => opts.selected.has(ex.id));
  const toRun = doc.examples.slice(0, lastSelected + 1);
  const needsExecutor = toRun.some((ex) => opts.selected.has(ex.id) && !ex.directives.SKIP);

  let executor: ExampleExecutor | null = null;
  let startError: string | null = null;
  if (needsExecutor) {
    try {
      executor = await opts.factory({ path: doc.path, sessionsFile: doc.sessionsFile, ignitionVersion: doc.ignitionVersion, databases: doc.databases });
    } catch (err) {
      startError = `could not start the sandbox for ${doc.file}: ${errorMessage(err)}`;
    }
  }
  try {
    for (const ex of toRun) {
      const selected = opts.selected.has(ex.id);
      if (ex.directives.SKIP) {
        if (selected) emit(resultOf(ex, 'skipped', 0, null, null, null));
        continue;
      }
      if (executor === null) {
        if (selected) emit(resultOf(ex, 'failed', 0, plainFailure(startError ?? 'no executor'), null, null));
        continue;
      }
      const started = performance.now();
      let outcome: ExecOutcome;
      try {
        outcome = await executor.exec(ex.source, { filename: doc.path, firstLine: ex.line, mode: ex.mode });
      } catch (err) {
        if (selected) emit(resultOf(ex, 'failed', performance.now() - started, plainFailure(`sandbox error: ${errorMessage(err)}`), null, null));
        continue;
      }
      const durationMs = performance.now() - started;
      if (!selected) continue;
      if (opts.update && (ex.wantSource === 'golden' || ex.wantSource === null)) {
        // Its output is now recorded: it is checked from here on, not a smoke example.
        emit({ ...resultOf(ex, 'passed', durationMs, null, outcome, renderGot(outcome)), kind: 'doctest' });
        continue;
      }
      const check = checkExample(ex, outcome);
      if (check.ok) {
        emit(resultOf(ex, 'passed', durationMs, null, outcome, null));
      } else {
        const golden = `${ex.file}.golden.json`;
        const reason = ex.goldenSourceChanged
          ? `${check.reason}; expected output from ${golden}, whose entry for this line was recorded for different source (run with --update if the new output is right)`
          : ex.wantSource === 'golden' ? `${check.reason}; expected output from ${golden}` : check.reason;
        emit(resultOf(ex, 'failed', durationMs, {
          reason,
          expected: check.expected,
          got: check.got,
          diff: unifiedDiff(check.expected, check.got),
          stderr: outcome.stderr,
        }, outcome, null));
      }
    }
  } finally {
    if (executor) await executor.dispose().catch(() => undefined);
  }
  return results;
}

function resultOf(
  ex: Example,
  status: ExampleResult['status'],
  durationMs: number,
  failure: FailureDetail | null,
  outcome: ExecOutcome | null,
  recordedGolden: string | null,
): ExampleResult {
  return {
    id: ex.id, file: ex.file, line: ex.line, source: ex.source, kind: ex.kind, status, durationMs, failure,
    example: ex, outcome, recordedGolden,
  };
}

function plainFailure(reason: string): FailureDetail {
  return { reason, expected: '', got: '', diff: '', stderr: '' };
}

function findLastIndex<T>(items: readonly T[], pred: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i] as T)) return i;
  return -1;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
