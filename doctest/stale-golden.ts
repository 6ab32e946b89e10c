/**
 * Stale golden entries: recorded for an example whose source has since changed or gone. They check nothing any
 * more (the edited example runs as a smoke example, or against its entry by line), so they are reported: as a
 * warning, and under CI=true as a failure, so an edit cannot silently drop a check.
 */
import type { DocumentPlan } from './load-document.js';
import type { ExampleResult } from './results.js';

export function staleGoldenWarnings(docs: readonly DocumentPlan[]): string[] {
  return docs.flatMap((doc) => doc.staleGolden.map((entry) =>
    `warning: ${doc.file}.golden.json: the entry for line ${entry.line} is stale (recorded for source no longer in ${doc.file}); run --update and review it`));
}

/** Under CI: one failed result per stale entry, at the entry's line. */
export function staleGoldenFailures(docs: readonly DocumentPlan[]): ExampleResult[] {
  return docs.flatMap((doc) => doc.staleGolden.map((entry): ExampleResult => ({
    id: `${doc.file}.golden.json:${entry.line}`,
    file: doc.file,
    line: entry.line,
    source: '',
    kind: 'document-error',
    status: 'failed',
    durationMs: 0,
    failure: {
      reason: `stale golden entry in ${doc.file}.golden.json: recorded for source no longer in the document; run --update where CI is not set, review and commit it`,
      expected: '', got: '', diff: '', stderr: '',
    },
    example: null,
    outcome: null,
    recordedGolden: null,
  })));
}
