/**
 * Runs documents concurrently on up to `jobs` executors (one document per executor at a time; a document's examples
 * run in order in its executor). Larger documents start first. The returned results are in a deterministic order
 * (documents in the given order, then problems, then examples by line) whatever the timing.
 */
import os from 'node:os';
import type { DocumentPlan } from './load-document.js';
import type { ExampleResult } from './results.js';
import { runDocument } from './run-document.js';
import type { ExecutorFactory } from './runner-types.js';

export interface RunDocumentsOptions {
  readonly factory: ExecutorFactory;
  readonly selected: ReadonlySet<string>;
  readonly update: boolean;
  /** Concurrent executors; default os.availableParallelism(). */
  readonly jobs?: number;
  readonly onResult?: (result: ExampleResult) => void;
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export async function runDocuments(docs: readonly DocumentPlan[], opts: RunDocumentsOptions): Promise<ExampleResult[]> {
  const weight = (d: DocumentPlan): number => d.examples.filter((e) => opts.selected.has(e.id)).length
    + d.problems.length;
  const queue = docs.map((doc, index) => ({ doc, index })).filter(({ doc }) => weight(doc) > 0)
    .sort((a, b) => weight(b.doc) - weight(a.doc) || a.index - b.index);
  const perDoc: ExampleResult[][] = docs.map(() => []);
  const workers = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), queue.length));
  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const item = queue[next++];
      if (!item) return;
      perDoc[item.index] = await runDocument(item.doc, {
        factory: opts.factory,
        selected: opts.selected,
        update: opts.update,
        ...(opts.onResult ? { onResult: opts.onResult } : {}),
      });
    }
  };
  await Promise.all(Array.from({ length: workers }, () => worker()));
  return perDoc.flatMap((results) => [...results].sort((a, b) => a.line - b.line || kindOrder(a) - kindOrder(b)));
}

function kindOrder(r: ExampleResult): number {
  return r.kind === 'document-error' ? 0 : 1;
}
