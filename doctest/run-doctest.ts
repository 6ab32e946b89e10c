/** The whole `doctest` run: collect, load, select, run, update golden files, report. Returns the exit code. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectDocuments } from './collect-files.js';
import { loadDocument, type DocumentPlan } from './load-document.js';
import { ProgressLine, type ProgressSink } from './progress.js';
import { formatJunit } from './report-junit.js';
import { formatTextReport } from './report-text.js';
import type { ExampleResult } from './results.js';
import { totals } from './results.js';
import { runDocuments } from './run-documents.js';
import type { ExecutorFactory } from './runner-types.js';
import { selectExamples, type Shard } from './selection.js';
import { staleGoldenFailures, staleGoldenWarnings } from './stale-golden.js';
import { updateDocuments } from './update-documents.js';
import { updateGoldenFiles } from './update-golden.js';

/** `--filter` matched no example: pytest's "no tests collected" status. */
export const EXIT_NO_EXAMPLES_SELECTED = 5;

export interface DoctestRunOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  /** Absolute path of --sessions, or null. */
  readonly sessionsFile: string | null;
  readonly update: boolean;
  /** --update-docs: rewrite the expected output written in the documents themselves. */
  readonly updateDocs?: boolean;
  /** CI=true: stale golden entries fail the run instead of warning. */
  readonly ci?: boolean;
  readonly junitFile: string | null;
  readonly filter: string | null;
  readonly shard: Shard | null;
  readonly jobs: number | null;
  readonly verbose: boolean;
  readonly factory: ExecutorFactory;
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: ProgressSink;
}

export interface DoctestRunResult {
  readonly exitCode: number;
  readonly results: readonly ExampleResult[];
  readonly documents: readonly DocumentPlan[];
}

export async function runDoctest(opts: DoctestRunOptions): Promise<DoctestRunResult> {
  const files = await collectDocuments(opts.paths, opts.cwd);
  const documents = await Promise.all(files.map((f) => loadDocument(f, { defaultSessionsFile: opts.sessionsFile, cwd: opts.cwd })));
  const found = documents.reduce((n, d) => n + d.examples.length + d.problems.length, 0);
  if (found === 0) {
    opts.stderr.write(`perspective-sandbox doctest: no examples found in ${opts.paths.join(' ')}\n`);
    return { exitCode: 2, results: [], documents };
  }
  const selection = selectExamples(documents, opts.filter, opts.shard);
  if (selection.ids.size === 0 && opts.filter !== null) {
    opts.stderr.write(`perspective-sandbox doctest: --filter '${opts.filter}' selects none of the ${found} examples\nRun without --filter to list them (--verbose), or filter on part of a file:line id or of the source.\n`);
    return { exitCode: EXIT_NO_EXAMPLES_SELECTED, results: [], documents };
  }
  const progress = new ProgressLine(opts.stderr, selection.ids.size);
  let results: ExampleResult[];
  try {
    results = await runDocuments(documents, {
      factory: opts.factory,
      selected: selection.ids,
      update: opts.update,
      ...(opts.jobs !== null ? { jobs: opts.jobs } : {}),
      onResult: (r) => progress.record(r),
    });
  } finally {
    await opts.factory.close?.();
  }
  progress.finish();
  const goldenUpdates = opts.update ? await updateGoldenFiles(documents, results) : [];
  const docUpdates = opts.updateDocs ? await updateDocuments(documents, results) : [];
  const notes: string[] = docUpdates.map((u) => `document updated: ${u.file} (${u.examples} expected ${u.examples === 1 ? 'output' : 'outputs'} rewritten)`);
  if (selection.ids.size === 0) notes.push('no examples selected (check --filter / --shard)');
  // --update rewrites the golden files, dropping stale entries; otherwise they are reported.
  const touched = documents.filter((d) => d.examples.some((e) => selection.ids.has(e.id)));
  if (!opts.update) {
    if (opts.ci) results = [...results, ...staleGoldenFailures(touched)];
    else notes.push(...staleGoldenWarnings(touched));
  }
  opts.stdout.write(formatTextReport(results, { verbose: opts.verbose, goldenUpdates, notes }));
  if (opts.junitFile !== null) {
    await mkdir(path.dirname(opts.junitFile), { recursive: true });
    await writeFile(opts.junitFile, formatJunit(results), 'utf8');
  }
  return { exitCode: totals(results).failed > 0 ? 1 : 0, results, documents };
}
